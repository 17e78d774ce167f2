package org.painwise.site.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.painwise.site.comments.CommentFlag;
import org.painwise.site.comments.CommentStatus;
import org.painwise.site.shared.SiteProperties;
import org.painwise.site.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * The queue as a moderator sees it: a page of one view with its tabs and counts, the
 * article filter, who is looking at which comment, which writers are trusted, the
 * standard response suggested for each comment, and whether distressing comments are
 * blurred.
 */
@Service
@RequiredArgsConstructor
class ModerationQueue {

	static final int PAGE_SIZE = 20;

	/** The triage flags whose suggested response comes first, most pressing first. */
	private static final List<CommentFlag> SUGGESTING = List.of(CommentFlag.CRISIS, CommentFlag.MEDICAL_ADVICE,
			CommentFlag.SIDE_EFFECT);

	private final ModerationQueries queries;

	private final StandardResponses responses;

	private final ModeratorPreferences preferences;

	private final Triage triage;

	private final TrustedCommenters trust;

	private final Claims claims;

	private final SiteProperties site;

	private final MessageSource messages;

	private final Clock clock;

	/**
	 * A comment as the queue shows it.
	 *
	 * @param bodyHtml the text, escaped, with what triage matched marked
	 * @param parentHtml the comment it replies to, escaped, or null
	 * @param suggestion the standard response for its triage flag, or null
	 * @param next the comment to show after this one is dealt with, or null
	 */
	record Entry(ModerationQueries.Item item, String bodyHtml, String parentHtml, ZonedDateTime createdAt, String age,
			StandardResponse suggestion, Long next, boolean trusted) {

		public String anchor() {
			return "comment-" + item.id();
		}

	}

	/** A tab of the queue, with how many comments it holds. */
	record Tab(String parameter, String label, long count, String url, boolean current) {
	}

	/**
	 * One page of the queue.
	 *
	 * @param position where the moderator is, on the last page if they asked for one past
	 * it
	 * @param oldestAge how long the oldest held comment has waited, or null if none waits
	 * @param bulkStatus the status every comment of the view has, which bulk decisions
	 * expect, or null for a view of mixed statuses
	 * @param claims who is looking at which comment of the page, by comment id
	 * @param blur whether the moderator chose to blur possibly distressing comments
	 */
	record Page(QueuePosition position, List<Entry> entries, List<Tab> tabs, long total, int pages, String previousUrl,
			String nextUrl, ModerationQueries.Summary summary, String oldestAge,
			List<ModerationQueries.ArticleWithComments> articles, String viewName, CommentStatus bulkStatus,
			List<StandardResponse> rejectionEmails, Map<Long, Claims.Claim> claims, boolean blur) {

		/** The page's parts by the names the template uses. */
		Map<String, Object> model() {
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("position", position);
			model.put("entries", entries);
			model.put("tabs", tabs);
			model.put("total", total);
			model.put("pages", pages);
			model.put("previousUrl", previousUrl);
			model.put("nextUrl", nextUrl);
			model.put("summary", summary);
			model.put("oldestAge", oldestAge);
			model.put("articles", articles);
			model.put("viewName", viewName);
			model.put("bulkStatus", bulkStatus);
			model.put("rejectionEmails", rejectionEmails);
			model.put("claims", claims);
			model.put("blur", blur);
			return model;
		}

	}

	/** The queue at a position, as a member of staff sees it. */
	Page page(QueuePosition asked, StaffMember member) {
		QueuePosition position = asked;
		long total = queries.count(position.view(), position.article());
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		if (position.page().value() > pages) {
			position = position.withPage(pages);
		}
		int page = position.page().value();
		List<ModerationQueries.Item> items = queries.list(position.view(), position.article(), PAGE_SIZE,
				(long) position.page().index() * PAGE_SIZE);
		List<StandardResponse> active = responses.active();
		List<Entry> entries = new ArrayList<>();
		Map<String, Boolean> trusted = new HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			Long next = null;
			if (i + 1 < items.size()) {
				next = items.get(i + 1).id();
			}
			else if (i > 0) {
				next = items.get(i - 1).id();
			}
			entries.add(entry(items.get(i), active, next, trusted));
		}
		List<Tab> tabs = new ArrayList<>();
		for (ModerationQueries.View candidate : ModerationQueries.View.values()) {
			QueuePosition there = position.withView(candidate);
			tabs.add(new Tab(there.viewParameter(), text("moderation.view." + candidate.name()),
					queries.count(candidate, position.article()), there.url(null), candidate == position.view()));
		}
		ModerationQueries.Summary summary = queries.summary();
		return new Page(position, entries, tabs, total, pages, page > 1 ? position.withPage(page - 1).url(null) : null,
				page < pages ? position.withPage(page + 1).url(null) : null, summary,
				summary.oldestHeld() == null ? null : age(summary.oldestHeld()), queries.articlesWithComments(),
				text("moderation.view." + position.view().name()), bulkStatus(position.view()),
				responses.active(StandardResponse.Kind.REJECTION),
				claims.on(items.stream().map(ModerationQueries.Item::id).toList(), member),
				preferences.blursSensitive(member.id()));
	}

	/** A comment that can be answered from the queue: a reader's, held or published. */
	Optional<ModerationQueries.Item> replyable(long commentId) {
		return queries.find(commentId)
			.filter(item -> !item.fromStaff())
			.filter(item -> item.status() == CommentStatus.HELD || item.status() == CommentStatus.PUBLISHED);
	}

	/** A comment as the queue shows it, on a page of its own. */
	Entry entry(ModerationQueries.Item item, List<StandardResponse> active, Long next) {
		return entry(item, active, next, new HashMap<>());
	}

	/**
	 * @param trusted whether each writer seen so far on the page is trusted, by email, so
	 * each is asked once
	 */
	private Entry entry(ModerationQueries.Item item, List<StandardResponse> active, Long next,
			Map<String, Boolean> trusted) {
		StandardResponse suggestion = SUGGESTING.stream()
			.filter(item.flags()::contains)
			.flatMap(flag -> active.stream().filter(r -> r.suggestedFor() == flag).limit(1))
			.findFirst()
			.orElse(null);
		return new Entry(item, triage.highlight(item.body()),
				item.parentBody() == null ? null : HtmlUtils.htmlEscape(item.parentBody(), "UTF-8"),
				item.createdAt().atZone(site.timeZone()), age(item.createdAt()), suggestion, next, trust.enabled()
						&& trusted.computeIfAbsent(item.authorEmail().toLowerCase(Locale.ROOT), trust::trusted));
	}

	/** How long ago, in the largest whole unit: "3 days", "5 hours", "12 minutes". */
	private String age(Instant since) {
		Duration age = Duration.between(since, clock.instant());
		if (age.toDays() > 0) {
			return text("moderation.age.days", age.toDays());
		}
		if (age.toHours() > 0) {
			return text("moderation.age.hours", age.toHours());
		}
		return text("moderation.age.minutes", Math.max(0, age.toMinutes()));
	}

	private static CommentStatus bulkStatus(ModerationQueries.View view) {
		return switch (view) {
			case HELD -> CommentStatus.HELD;
			case REPORTED -> CommentStatus.PUBLISHED;
			case SPAM -> CommentStatus.SPAM;
			case REJECTED -> CommentStatus.REJECTED;
			case ALL -> null;
		};
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.UK);
	}

}
