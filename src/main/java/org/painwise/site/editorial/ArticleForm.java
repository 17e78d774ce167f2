package org.painwise.site.editorial;

import java.util.ArrayList;
import java.util.List;

import lombok.Getter;
import lombok.Setter;
import org.painwise.site.articles.AlternativeNames;
import org.painwise.site.articles.ArticleContent;
import org.painwise.site.articles.EditableArticle;
import org.painwise.site.articles.Faq;
import org.painwise.site.articles.Reference;
import org.painwise.site.shared.Markdown;
import org.painwise.site.shared.TypedText;

/**
 * The article editor's form, exactly as the editor typed it, so it can always come back
 * filled in: after a preview, a reordering, an error or a conflict.
 */
@Getter
@Setter
public class ArticleForm {

	/**
	 * The most references or questions an article can have: more rows are left out with a
	 * message.
	 */
	static final int MAX_ROWS = 100;

	private long version;

	private String title = "";

	private String slug = "";

	private String standfirst = "";

	private String body = "";

	private Long authorId;

	private Long reviewerId;

	private List<Long> topicIds = new ArrayList<>();

	private List<ReferenceRow> references = new ArrayList<>();

	private List<FaqRow> faqs = new ArrayList<>();

	private String disclaimer = "";

	private boolean commentsOpen = true;

	private String alternativeNames = "";

	private String misspellings = "";

	private String imageAlt = "";

	static ArticleForm of(EditableArticle article) {
		ArticleForm form = new ArticleForm();
		ArticleContent c = article.content();
		form.version = article.version();
		form.title = c.title();
		form.slug = c.slug();
		form.standfirst = c.standfirst();
		form.body = c.bodyMarkdown();
		form.authorId = c.authorId();
		form.reviewerId = c.reviewerId();
		form.topicIds = new ArrayList<>(c.topicIds());
		c.references().forEach(r -> form.references.add(new ReferenceRow(r.text(), r.url() == null ? "" : r.url())));
		c.faqs().forEach(f -> form.faqs.add(new FaqRow(f.question(), f.answer())));
		form.disclaimer = c.disclaimer() == null ? "" : c.disclaimer();
		form.commentsOpen = c.commentsOpen();
		form.alternativeNames = String.join(", ", c.alternativeNames());
		form.misspellings = String.join(", ", c.misspellings());
		return form;
	}

	/** The content to save; blank reference and FAQ rows are left out. */
	ArticleContent toContent() {
		List<Reference> refs = references.stream()
			.filter(r -> !r.isBlank())
			.map(r -> new Reference(TypedText.stripped(r.getText()), blankToNull(r.getUrl())))
			.toList();
		List<Faq> faqList = faqs.stream()
			.filter(f -> !f.isBlank())
			.map(f -> new Faq(TypedText.stripped(f.getQuestion()), TypedText.stripped(f.getAnswer())))
			.toList();
		return new ArticleContent(TypedText.stripped(slug), TypedText.stripped(title), TypedText.stripped(standfirst),
				body == null ? "" : body, authorId, reviewerId, topicIds == null ? List.of() : topicIds, refs, faqList,
				blankToNull(disclaimer), commentsOpen, AlternativeNames.split(alternativeNames),
				AlternativeNames.split(misspellings));
	}

	/**
	 * Adds a stored image, with the alt text typed for it, at the end of the body, and
	 * empties the alt text.
	 */
	void showImage(long imageId) {
		String alt = imageAlt.strip().replace("[", "").replace("]", "");
		String text = body == null ? "" : body.stripTrailing();
		body = (text.isEmpty() ? "" : text + "\n\n") + "![" + alt + "](/images/" + imageId + ")\n";
		imageAlt = "";
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * The file input, which is never filled in again; here so an upload error can name
	 * it.
	 */
	public String getImageFile() {
		return null;
	}

	/** One reference as typed. */
	@Getter
	@Setter
	public static class ReferenceRow {

		private String text = "";

		private String url = "";

		public ReferenceRow() {
		}

		ReferenceRow(String text, String url) {
			this.text = text;
			this.url = url;
		}

		boolean isBlank() {
			return (text == null || text.isBlank()) && (url == null || url.isBlank());
		}

	}

	/** One question and answer as typed. */
	@Getter
	@Setter
	public static class FaqRow {

		private String question = "";

		private String answer = "";

		public FaqRow() {
		}

		FaqRow(String question, String answer) {
			this.question = question;
			this.answer = answer;
		}

		boolean isBlank() {
			return (question == null || question.isBlank()) && (answer == null || answer.isBlank());
		}

	}

	/** An article saved without a web address gets one made from its title. */
	void slugFromTitleIfEmpty() {
		if (slug == null || slug.isBlank()) {
			slug = Markdown.slugOf(title);
		}
	}

}
