package org.painwise.site.comments;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.painwise.site.ratings.RatingSummary;
import org.painwise.site.ratings.RatingWidget;
import org.painwise.site.shared.SiteProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The HTML of published comments' boxes (author, date, text, stars, reply and report links),
 * rendered once and then reused on every page that shows them, for every reader who has not
 * rated that comment themselves. A box depends only on what it shows, so the key is exactly
 * that: the comment's words and names, its rating summary, the article's address. When any of
 * them changes the key changes, and the old entry is simply no longer asked for and ages out;
 * nothing has to be evicted. A reader's own vote, or the thanks for it, makes that one box
 * personal, and it is rendered with the page as before.
 *
 * <p>This keeps a personal page (a reader with a held comment, who cannot be given the shared
 * page cache) cheap: the thread's markup is most of a long article page.
 */
@Component
class RenderedComments {

	/** The template that renders one box, {@code comments/thread :: box}. */
	static final String TEMPLATE = "comments/box";

	private final ITemplateEngine templates;

	private final SiteProperties site;

	private final Cache<Key, String> boxes;

	private volatile JakartaServletWebApplication application;

	private volatile boolean enabled;

	RenderedComments(ITemplateEngine templates, SiteProperties site, CommentProperties properties,
			ObjectProvider<MeterRegistry> meters) {
		this.templates = templates;
		this.site = site;
		this.enabled = properties.renderedBoxesBytes() > 0;
		this.boxes = Caffeine.newBuilder()
			.maximumWeight(properties.renderedBoxesBytes())
			.weigher((Key key, String html) -> 2 * (html.length() + key.body().length()) + 200)
			.recordStats()
			.build();
		meters.ifAvailable(registry -> CaffeineCacheMetrics.monitor(registry, boxes, "comment-boxes"));
	}

	/**
	 * @param comments the comments on the page, each with its replies
	 * @param widgets the stars of each published comment, as the visitor sees them
	 * @param personal the ids of comments whose stars carry a message for this visitor
	 * @return the ready HTML of every published comment's box that is the same for everyone
	 */
	Map<Long, String> boxesFor(List<CommentView> comments, String slug, Map<Long, RatingWidget> widgets,
			Set<String> personal, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Map<Long, String> ready = new HashMap<>();
		if (enabled && response != null) {
			collect(comments, slug, widgets, personal, request, response, locale, ready);
		}
		return ready;
	}

	private void collect(List<CommentView> comments, String slug, Map<Long, RatingWidget> widgets,
			Set<String> personal, HttpServletRequest request, HttpServletResponse response, Locale locale,
			Map<Long, String> ready) {
		for (CommentView comment : comments) {
			RatingWidget widget = widgets.get(comment.id());
			if (!comment.held() && (widget == null || (widget.ownVote() == null && !personal.contains(widget.id())))) {
				Key key = new Key(comment.id(), comment.authorName(), comment.body(), comment.replyToName(),
						comment.createdAt(), comment.staffName(), widget == null ? null : widget.summary(), slug,
						locale);
				ready.put(comment.id(),
						boxes.get(key, k -> render(comment, slug, widget, request, response, locale)));
			}
			collect(comment.replies(), slug, widgets, personal, request, response, locale, ready);
		}
	}

	private String render(CommentView comment, String slug, RatingWidget widget, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("c", comment);
		variables.put("slug", slug);
		variables.put("site", site);
		variables.put("ratings", widget == null ? null : Map.of(comment.id(), widget));
		WebContext context = new WebContext(application(request).buildExchange(request, response), locale, variables);
		return templates.process(TEMPLATE, context);
	}

	private JakartaServletWebApplication application(HttpServletRequest request) {
		JakartaServletWebApplication current = application;
		if (current == null) {
			current = JakartaServletWebApplication.buildApplication(request.getServletContext());
			application = current;
		}
		return current;
	}

	/** For tests that compare a page made with ready boxes to one rendered whole. */
	void setEnabled(boolean enabled) {
		this.enabled = enabled;
		boxes.invalidateAll();
	}

	/** Everything a published comment's box shows. */
	private record Key(long id, String authorName, String body, String replyToName, ZonedDateTime createdAt,
			String staffName, RatingSummary rating, String slug, Locale locale) {
	}

}
