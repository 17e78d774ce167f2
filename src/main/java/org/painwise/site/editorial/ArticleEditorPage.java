package org.painwise.site.editorial;

import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleEditing;
import org.painwise.site.articles.PeopleAndTopics;
import org.painwise.site.articles.ArticleStatus;
import org.painwise.site.articles.EditableArticle;
import org.painwise.site.shared.Markdown;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor page's model: the form as typed, the saved article, the people and topics to
 * choose from, the readability figures, the preview when asked for, and the changes to
 * show after a conflict.
 */
@Component
@RequiredArgsConstructor
class ArticleEditorPage {

	static final String VIEW = "editorial/editor";

	private final ArticleEditing editing;

	private final PeopleAndTopics peopleAndTopics;

	private final Markdown markdown;

	private final EditorialProperties properties;

	private final MessageSource messages;

	/** The article an editor opens, or a 404. */
	EditableArticle article(long id) {
		return editing.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "error.editorial.article-not-found"));
	}

	/**
	 * The editor with the form.
	 * @param article the saved article, or null for a new one
	 * @param conflict the changes someone else saved meanwhile, or null
	 */
	String show(Model model, EditableArticle article, ArticleForm form, List<ArticleChanges.Change> conflict) {
		model.addAttribute("article", form);
		model.addAttribute("saved", article);
		model.addAttribute("people", peopleAndTopics.people());
		model.addAttribute("topics", peopleAndTopics.topics());
		model.addAttribute("conflict", conflict);
		model.addAttribute("readability", Readability.ofMarkdown(form.getBody()));
		model.addAttribute("hardToReadBelow", properties.hardToReadBelow());
		model.addAttribute("maxImageSize", properties.maxImageSize().toKilobytes());
		model.addAttribute("reviewYears", properties.reviewPeriod().getYears());
		if (article != null && article.status() == ArticleStatus.PUBLISHED) {
			model.addAttribute("publicUrl", "/articles/" + article.content().slug());
		}
		return VIEW;
	}

	/**
	 * The body as readers would see it, what the allow-list takes out of it, and its
	 * readability.
	 */
	void addPreview(Model model, ArticleForm form, Locale locale) {
		Markdown.Checked checked = markdown.check(form.getBody());
		model.addAttribute("preview", checked.rendered());
		model.addAttribute("previewRemovals", removalMessages(checked.removals(), locale));
		model.addAttribute("previewTitle", form.getTitle());
		model.addAttribute("previewStandfirst", form.getStandfirst());
		model.addAttribute("readability", Readability.ofMarkdown(form.getBody()));
		model.addAttribute("hardToReadBelow", properties.hardToReadBelow());
	}

	/**
	 * What the allow-list takes out of the body when it is saved, for the page after the
	 * redirect.
	 */
	void flashRemovals(RedirectAttributes redirect, String bodyMarkdown, Locale locale) {
		redirect.addFlashAttribute("removals", removalMessages(markdown.check(bodyMarkdown).removals(), locale));
	}

	/** Back to the editor after a change, with a message naming the article. */
	String done(RedirectAttributes redirect, long id, String code, Locale locale, String title) {
		redirect.addFlashAttribute("flash", messages.getMessage(code, new Object[] { title }, locale));
		return "redirect:/staff/articles/" + id;
	}

	String message(String code, Object[] args, Locale locale) {
		return messages.getMessage(code, args, locale);
	}

	private List<String> removalMessages(List<Markdown.Removal> removals, Locale locale) {
		return removals.stream()
			.map(r -> messages.getMessage("editorial.removed." + r.kind(), new Object[] { r.what(), r.element() },
					locale))
			.distinct()
			.toList();
	}

}
