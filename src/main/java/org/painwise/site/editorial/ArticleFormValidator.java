package org.painwise.site.editorial;

import java.net.URI;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleCatalog;
import org.painwise.site.articles.ArticleEditing;
import org.painwise.site.articles.PeopleAndTopics;
import org.painwise.site.articles.Person;
import org.painwise.site.articles.Topic;
import org.painwise.site.shared.HintedFormValidator;
import org.painwise.site.shared.Markdown;
import org.painwise.site.shared.TypedText;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks an article before it is saved: the fields it needs, a free and plausible slug,
 * images with alt text from this site, known people and topics, and complete reference
 * and question rows (blank rows are left out when saving). Saving an existing article
 * passes its id as the validation hint, so its own slug does not count as taken.
 */
@Component
@RequiredArgsConstructor
class ArticleFormValidator extends HintedFormValidator<ArticleForm, Long> {

	/** The most characters of other names, or of misspellings, an article may have. */
	private static final int MAX_NAMES_LENGTH = 500;

	private static final int MAX_TITLE_LENGTH = 200;

	private final ArticleEditing editing;

	private final PeopleAndTopics peopleAndTopics;

	private final Markdown markdown;

	@Override
	protected void check(ArticleForm form, Long articleId, Errors errors) {
		TypedText.check(errors, "title", TypedText.stripped(form.getTitle()), MAX_TITLE_LENGTH,
				"editorial.title.required", "editorial.title.tooLong");
		String slug = TypedText.stripped(form.getSlug());
		if (!ArticleCatalog.isPlausibleSlug(slug)) {
			errors.rejectValue("slug", "editorial.slug.invalid");
		}
		else if (editing.isSlugTaken(slug, articleId)) {
			errors.rejectValue("slug", "editorial.slug.taken");
		}
		rejectTooLong(form.getAlternativeNames(), "alternativeNames", errors);
		rejectTooLong(form.getMisspellings(), "misspellings", errors);
		if (isBlank(form.getStandfirst())) {
			errors.rejectValue("standfirst", "editorial.standfirst.required");
		}
		if (isBlank(form.getBody())) {
			errors.rejectValue("body", "editorial.body.required");
		}
		else {
			validateImages(form.getBody(), errors);
		}
		List<Long> people = peopleAndTopics.people().stream().map(Person::getId).toList();
		if (form.getAuthorId() == null || !people.contains(form.getAuthorId())) {
			errors.rejectValue("authorId", "editorial.author.required");
		}
		if (form.getReviewerId() == null || !people.contains(form.getReviewerId())) {
			errors.rejectValue("reviewerId", "editorial.reviewer.required");
		}
		List<Long> topicIds = peopleAndTopics.topics().stream().map(Topic::getId).toList();
		if (form.getTopicIds() != null && !topicIds.containsAll(form.getTopicIds())) {
			errors.rejectValue("topicIds", "editorial.topics.unknown");
		}
		validateRows(form, errors);
	}

	/**
	 * Every image needs alt text and must be one uploaded here; the first wrong one is
	 * reported.
	 */
	private void validateImages(String body, Errors errors) {
		for (Markdown.ImageReference image : markdown.check(body).images()) {
			if (image.alt().isBlank()) {
				errors.rejectValue("body", "editorial.body.imageAlt");
				return;
			}
			if (!Markdown.SITE_IMAGE.matcher(image.src()).matches()) {
				errors.rejectValue("body", "editorial.body.imageSource");
				return;
			}
		}
	}

	private static void validateRows(ArticleForm form, Errors errors) {
		for (int i = 0; i < form.getReferences().size(); i++) {
			ArticleForm.ReferenceRow ref = form.getReferences().get(i);
			if (ref.isBlank()) {
				continue;
			}
			if (isBlank(ref.getText())) {
				errors.rejectValue("references[" + i + "].text", "editorial.reference.textRequired");
			}
			if (!isBlank(ref.getUrl()) && !isWebAddress(ref.getUrl().strip())) {
				errors.rejectValue("references[" + i + "].url", "editorial.reference.url.invalid");
			}
		}
		for (int i = 0; i < form.getFaqs().size(); i++) {
			ArticleForm.FaqRow faq = form.getFaqs().get(i);
			if (faq.isBlank()) {
				continue;
			}
			if (isBlank(faq.getQuestion())) {
				errors.rejectValue("faqs[" + i + "].question", "editorial.faq.questionRequired");
			}
			if (isBlank(faq.getAnswer())) {
				errors.rejectValue("faqs[" + i + "].answer", "editorial.faq.answerRequired");
			}
		}
	}

	private static void rejectTooLong(String names, String field, Errors errors) {
		if (names != null && names.length() > MAX_NAMES_LENGTH) {
			errors.rejectValue(field, "editorial." + field + ".tooLong");
		}
	}

	private static boolean isWebAddress(String url) {
		try {
			URI uri = URI.create(url);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
