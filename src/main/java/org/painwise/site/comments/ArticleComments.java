package org.painwise.site.comments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticlePage;
import org.painwise.site.articles.ArticlePageExtension;
import org.painwise.site.articles.ArticlePageSection;
import org.painwise.site.articles.PublishedArticle;
import org.painwise.site.ratings.RatingWidget;
import org.painwise.site.shared.PageNumber;
import org.painwise.site.shared.ReadyHtml;
import org.painwise.site.shared.VisitorCookie;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The comments section under an article: the published thread, the visitor's own held
 * comments, and the form, or a note that comments are closed.
 */
@Component
@Order(100)
@RequiredArgsConstructor
class ArticleComments implements ArticlePageExtension {

	static final String PAGE_PARAMETER = "comments-page";

	private final PublishedCommentPages threads;

	private final CommentingPolicy policy;

	private final VisitorCookie visitorCookie;

	private final CommentProperties properties;

	private final MessageSource messages;

	private final RenderedComments rendered;

	private final MedicineQuestions medicines;

	@Qualifier("mvcConversionService")
	private final ConversionService conversions;

	@Override
	public ArticlePageSection sectionFor(ArticlePage article, HttpServletRequest request) {
		int page = pageNumber(request.getParameter(PAGE_PARAMETER)).value();
		String visitor = visitorCookie.find(request).orElse(null);
		CommentOrder order = CommentOrder.of(request.getParameter(CommentOrder.PARAMETER));
		PublishedCommentPages.Page shown = threads.page(article.id(), article.slug(), page, order, visitor);
		CommentThread thread = shown.thread();
		CommentingPolicy.Closure closure = policy.closureOf(new PublishedArticle(article.id(), article.slug(),
				article.title(), article.firstPublished(), article.commentsOpen(), article.nextReviewDue()));
		Map<String, Object> model = new HashMap<>();
		model.put("thread", thread);
		model.put("slug", article.slug());
		model.put("closure", closure.name());
		model.put("open", closure.isOpen());
		CommentForm form = CommentForm.empty(null, "");
		model.put("form", form);
		List<String> medicine = medicines.of(article.id(), request).orElse(null);
		model.put("medicine", medicine);
		model.put("limits", properties);
		model.put("errors", List.of());
		model.put("links", new ThreadLinks(article.slug(), order));
		// a confirmation is shown beside the comment it is about, when that comment is on
		// this page
		Long noticeFor = noticeFor(request);
		model.put("noticeFor", noticeFor);
		model.put("noticeInPlace",
				noticeFor != null && (contains(thread.comments(), noticeFor) || contains(thread.ownHeld(), noticeFor)));
		// every published comment on the page gets its stars, with the visitor's own
		// votes
		Map<Long, RatingWidget> widgets = shown.widgets();
		model.put("ratings", widgets);
		// the threads, or else the boxes, of published comments that are the same for
		// everyone, ready-made
		Object ratingFor = flash(request, "ratingFor");
		RenderedComments.Ready ready = rendered.ready(thread.comments(), article.slug(), widgets,
				new RenderedComments.Personal(noticeFor, ratingFor == null ? null : ratingFor.toString()), request,
				currentResponse(), LocaleContextHolder.getLocale());
		model.put("threads", placed(ready.threads(), request));
		byte[] formHtml = closure.isOpen() ? rendered.form(article.slug(), form, properties, medicine, request,
				currentResponse(), LocaleContextHolder.getLocale()) : null;
		model.put("formHtml", formHtml == null ? null : ReadyHtml.place(request, formHtml));
		model.put("boxes", placed(ready.boxes(), request));
		return new ArticlePageSection("comments/thread", "comments", model, ArticlePageSection.Placement.END,
				contentsEntry(thread, closure.isOpen()));
	}

	/**
	 * "Comments (63)" in the contents list and "Skip to comments" at the top of the page,
	 * when there is something to read or a form to fill in; a closed article without
	 * comments has only its closing note, which is not worth a jump.
	 */
	private ArticlePageSection.ContentsEntry contentsEntry(CommentThread thread, boolean open) {
		if (thread.publishedCount() == 0 && thread.ownHeld().isEmpty() && !open) {
			return null;
		}
		var locale = LocaleContextHolder.getLocale();
		String label = thread.publishedCount() == 0 ? messages.getMessage("article.contents.commentsNone", null, locale)
				: messages.getMessage("article.contents.comments", new Object[] { thread.publishedCount() }, locale);
		return new ArticlePageSection.ContentsEntry(label, messages.getMessage("article.skipToComments", null, locale),
				"comments");
	}

	/** What the template writes for each piece of ready markup: see {@link ReadyHtml}. */
	private static Map<Long, String> placed(Map<Long, byte[]> ready, HttpServletRequest request) {
		Map<Long, String> placed = new HashMap<>();
		ready.forEach((id, html) -> placed.put(id, ReadyHtml.place(request, html)));
		return placed;
	}

	private static Object flash(HttpServletRequest request, String name) {
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		return flash == null ? null : flash.get(name);
	}

	private static HttpServletResponse currentResponse() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getResponse() : null;
	}

	private static Long noticeFor(HttpServletRequest request) {
		Object id = flash(request, CommentController.NOTICE_FOR);
		try {
			return id == null ? null : Long.valueOf(id.toString());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static boolean contains(List<CommentView> comments, long id) {
		for (CommentView comment : comments) {
			if (comment.id() == id || contains(comment.replies(), id)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The page of comments the query string asks for. The comments are a part of the
	 * article's page, which a wrong page of comments should not take away: anything that
	 * is no page shows the first.
	 */
	private PageNumber pageNumber(String raw) {
		try {
			PageNumber page = raw == null ? null : conversions.convert(raw, PageNumber.class);
			return page == null ? PageNumber.FIRST : page;
		}
		catch (ConversionException ex) {
			return PageNumber.FIRST;
		}
	}

}
