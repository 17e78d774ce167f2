package org.painwise.site.comments;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.painwise.site.shared.ReadyHtml;
import org.painwise.site.shared.SiteProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The HTML of published comments' boxes (author, date, text, stars, reply and report
 * links), rendered once and then reused on every page that shows them, for every reader
 * who has not rated that comment themselves. A box depends only on what it shows, so the
 * key is exactly that: the comment's words and names, its rating summary, the article's
 * address. When any of them changes the key changes, and the old entry is simply no
 * longer asked for and ages out; nothing has to be evicted. A reader's own vote, or the
 * thanks for it, makes that one box personal, and it is rendered with the page as before.
 *
 * <p>
 * A whole thread (a top-level comment and its replies) in which no comment is personal is
 * kept the same way, keyed by all its boxes, so a page of threads is a few lookups.
 *
 * <p>
 * This keeps a personal page (a reader with a held comment, who cannot be given the
 * shared page cache) cheap: the thread's markup is most of a long article page.
 */
@Component
class RenderedComments {

	/** The template that renders one box, {@code comments/thread :: box}. */
	static final String BOX = "comments/box";

	/** The template that renders one thread, {@code comments/thread :: comment}. */
	static final String THREAD = "comments/one-thread";

	/** The template that renders the empty comment form under an article. */
	static final String FORM = "comments/article-form";

	private final ITemplateEngine templates;

	private final SiteProperties site;

	private final Cache<Object, byte[]> kept;

	private volatile JakartaServletWebApplication application;

	private volatile boolean enabled;

	RenderedComments(ITemplateEngine templates, SiteProperties site, CommentProperties properties,
			ObjectProvider<MeterRegistry> meters) {
		this.templates = templates;
		this.site = site;
		this.enabled = properties.renderedBoxesBytes() > 0;
		this.kept = Caffeine.newBuilder()
			.maximumWeight(properties.renderedBoxesBytes())
			.weigher((Object key, byte[] html) -> html.length + weight(key))
			.recordStats()
			.build();
		meters.ifAvailable(registry -> CaffeineCacheMetrics.monitor(registry, kept, "comments"));
	}

	/**
	 * @param comments the top-level comments on the page, each with its replies
	 * @param widgets the stars of each published comment, as the visitor sees them
	 * @param personal what on the page is for this visitor alone, besides their own
	 * comments and votes
	 * @return the ready HTML of every thread (a top-level comment with all its replies,
	 * as {@code comments/thread :: comment} renders it) that is the same for everyone, by
	 * the id of its top-level comment; and, under {@link Ready#boxes()}, of every
	 * published comment's box that is the same for everyone, for the threads that are not
	 */
	Ready ready(List<CommentView> comments, String slug, Map<Long, RatingWidget> widgets, Personal personal,
			HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Ready ready = new Ready(new HashMap<>(), new HashMap<>());
		if (!enabled || response == null) {
			return ready;
		}
		Renderer renderer = new Renderer(slug, widgets, request, response, locale);
		for (CommentView root : comments) {
			List<Key> keys = new ArrayList<>();
			if (shared(root, slug, widgets, personal, locale, keys)) {
				ready.threads().put(root.id(), kept.get(new ThreadKey(keys), k -> renderer.thread(root)));
			}
			else {
				boxes(root, slug, widgets, personal, locale, renderer, ready.boxes());
			}
		}
		return ready;
	}

	/**
	 * What a page shows one visitor only, besides their held comments and their votes.
	 *
	 * @param noticeFor the comment with a confirmation beside it (a report's thanks), or
	 * null
	 * @param ratingFor the stars with a confirmation under them (a vote's thanks), or
	 * null
	 */
	record Personal(Long noticeFor, String ratingFor) {
	}

	/**
	 * The ready-made HTML for a page's comments.
	 *
	 * @param threads whole threads, by the id of their top-level comment
	 * @param boxes single boxes in the other threads, by comment id
	 */
	record Ready(Map<Long, byte[]> threads, Map<Long, byte[]> boxes) {
	}

	/**
	 * The empty comment form under an article, the same for every reader (a remembered
	 * name and email are filled in by the browser's script), or null when nothing is
	 * kept.
	 */
	byte[] form(String slug, CommentForm form, CommentProperties limits, List<String> medicine,
			HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (!enabled || response == null) {
			return null;
		}
		return kept.get(new FormKey(slug, medicine, locale), k -> {
			Map<String, Object> variables = new HashMap<>();
			variables.put("medicine", medicine);
			variables.put("form", form);
			variables.put("errors", List.of());
			variables.put("slug", slug);
			variables.put("limits", limits);
			return ReadyHtml.bytesOf(render(FORM, variables, request, response, locale));
		});
	}

	/**
	 * Renders a template as a page would for this request, with the site's settings at
	 * hand.
	 */
	private String render(String template, Map<String, Object> variables, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		variables.put("site", site);
		return templates.process(template,
				new WebContext(application(request).buildExchange(request, response), locale, variables));
	}

	/**
	 * Whether a comment and all its replies look the same to everyone, collecting their
	 * keys.
	 */
	private boolean shared(CommentView comment, String slug, Map<Long, RatingWidget> widgets, Personal personal,
			Locale locale, List<Key> keys) {
		Key key = key(comment, slug, widgets, personal, locale);
		if (key == null) {
			return false;
		}
		keys.add(key);
		for (CommentView reply : comment.replies()) {
			if (!shared(reply, slug, widgets, personal, locale, keys)) {
				return false;
			}
		}
		return true;
	}

	private void boxes(CommentView comment, String slug, Map<Long, RatingWidget> widgets, Personal personal,
			Locale locale, Renderer renderer, Map<Long, byte[]> ready) {
		Key key = key(comment, slug, widgets, personal, locale);
		if (key != null) {
			ready.put(comment.id(), kept.get(key, k -> renderer.box(comment)));
		}
		for (CommentView reply : comment.replies()) {
			boxes(reply, slug, widgets, personal, locale, renderer, ready);
		}
	}

	/**
	 * What a comment's box shows, or null when it shows something for this visitor only.
	 */
	private static Key key(CommentView comment, String slug, Map<Long, RatingWidget> widgets, Personal personal,
			Locale locale) {
		RatingWidget widget = widgets.get(comment.id());
		if (comment.held() || Long.valueOf(comment.id()).equals(personal.noticeFor())
				|| (widget != null && (widget.ownVote() != null || widget.id().equals(personal.ratingFor())))) {
			return null;
		}
		return new Key(comment.id(), comment.parentId(), comment.authorName(), comment.body(), comment.replyToName(),
				comment.createdAt(), comment.staffName(), comment.erased(), comment.experience(),
				widget == null ? null : widget.summary(), slug, locale);
	}

	/** Renders with the templates, as the page would, for one request. */
	private final class Renderer {

		private final String slug;

		private final Map<Long, RatingWidget> widgets;

		private final HttpServletRequest request;

		private final HttpServletResponse response;

		private final Locale locale;

		Renderer(String slug, Map<Long, RatingWidget> widgets, HttpServletRequest request, HttpServletResponse response,
				Locale locale) {
			this.slug = slug;
			this.widgets = widgets;
			this.request = request;
			this.response = response;
			this.locale = locale;
		}

		byte[] box(CommentView comment) {
			return ReadyHtml.bytesOf(render(BOX, comment));
		}

		byte[] thread(CommentView root) {
			return ReadyHtml.bytesOf(render(THREAD, root));
		}

		private String render(String template, CommentView comment) {
			Map<String, Object> variables = new HashMap<>();
			variables.put("c", comment);
			variables.put("slug", slug);
			variables.put("ratings", widgets);
			return RenderedComments.this.render(template, variables, request, response, locale);
		}

	}

	private JakartaServletWebApplication application(HttpServletRequest request) {
		JakartaServletWebApplication current = application;
		if (current == null) {
			current = JakartaServletWebApplication.buildApplication(request.getServletContext());
			application = current;
		}
		return current;
	}

	/**
	 * How many threads, boxes and forms are kept, for tests that must know they were
	 * used.
	 */
	long keptCount() {
		kept.cleanUp();
		return kept.estimatedSize();
	}

	/** For tests that compare a page made with ready boxes to one rendered whole. */
	void setEnabled(boolean enabled) {
		this.enabled = enabled;
		kept.invalidateAll();
	}

	private static int weight(Object key) {
		if (key instanceof FormKey) {
			return 2000;
		}
		if (key instanceof ThreadKey thread) {
			int weight = 0;
			for (Key box : thread.boxes()) {
				weight += weight(box);
			}
			return weight;
		}
		return 2 * ((Key) key).body().length() + 200;
	}

	/** Everything a published comment's box shows. */
	private record Key(long id, Long parentId, String authorName, String body, String replyToName,
			ZonedDateTime createdAt, String staffName, boolean erased, ExperienceForm.Experience experience,
			RatingSummary rating, String slug, Locale locale) {
	}

	/**
	 * The empty form under an article: its address, and the questions about a medicine if
	 * it asks them.
	 */
	private record FormKey(String slug, List<String> medicine, Locale locale) {
	}

	/**
	 * Everything a thread shows: its comments' boxes in order, each knowing its parent.
	 */
	private record ThreadKey(List<Key> boxes) {
	}

}
