package org.painwise.site.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleEditing;
import org.painwise.site.articles.ArticleSummary;
import org.painwise.site.shared.TransactionLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers' answers to "Is this page useful?" and their problem reports, and the editors'
 * queue of those reports. Every answer and report counts towards one hourly limit per
 * address.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class PageFeedback {

	/** Keeps this module's advisory locks apart from any other use of them. */
	private static final int ADDRESS_LOCK_SPACE = 0x46656564;

	/** How many reports the queue shows at once, newest first. */
	static final int QUEUE_LENGTH = 200;

	private final JdbcClient jdbc;

	private final FeedbackProperties properties;

	private final ArticleEditing articles;

	private final Clock clock;

	/** What became of an answer or a report. */
	enum Outcome {

		/** Kept for the editors. */
		SAVED,
		/** The address is over its hourly limit; nothing was kept. */
		TOO_MANY

	}

	/** A reader's answer to "Is this page useful?". */
	enum Answer {

		YES, NO

	}

	/** Where a problem report is in the editors' work. */
	enum Status {

		NEW, DONE

	}

	/**
	 * @param articleId a published article's id, checked by the caller
	 * @param ipHash today's salted hash of the reader's address
	 */
	@Transactional
	Outcome answer(long articleId, Answer answer, String ipHash) {
		return save(articleId, answer == Answer.YES ? "USEFUL" : "NOT_USEFUL", null, null, ipHash);
	}

	/**
	 * @param articleId a published article's id, checked by the caller
	 * @param report a valid, trimmed report
	 * @param ipHash today's salted hash of the reader's address
	 */
	@Transactional
	Outcome report(long articleId, ProblemForm report, String ipHash) {
		String email = report.getReplyEmail().isEmpty() ? null : report.getReplyEmail();
		return save(articleId, "PROBLEM", report.getWhatIsWrong(), email, ipHash);
	}

	private Outcome save(long articleId, String kind, String problem, String email, String ipHash) {
		Instant now = clock.instant();
		// feedback from one address takes turns, so the hourly limit holds on any number
		// of instances
		TransactionLocks.hold(jdbc, ADDRESS_LOCK_SPACE, ipHash);
		long lastHour = jdbc.sql("select count(*) from page_feedback where ip_hash = :ip and created_at > :hourAgo")
			.param("ip", ipHash)
			.param("hourAgo", Timestamp.from(now.minus(Duration.ofHours(1))))
			.query(Long.class)
			.single();
		if (lastHour >= properties.perHourLimit()) {
			return Outcome.TOO_MANY;
		}
		jdbc.sql("""
				insert into page_feedback (article_id, kind, problem, email, ip_hash, created_at)
				values (:article, :kind, :problem, :email, :ip, :at)""")
			.param("article", articleId)
			.param("kind", kind)
			.param("problem", problem)
			.param("email", email)
			.param("ip", ipHash)
			.param("at", Timestamp.from(now))
			.update();
		return Outcome.SAVED;
	}

	/**
	 * A problem report in the queue.
	 *
	 * @param email the reader's address for a reply, or null; shown only to staff
	 */
	record ProblemReport(long id, long articleId, String articleTitle, String articleSlug, String problem, String email,
			Instant receivedAt, Status status) {
	}

	/**
	 * One article's answers to "Is this page useful?", and its problem reports not yet
	 * done.
	 */
	record ArticleTally(long articleId, String articleTitle, String articleSlug, long useful, long notUseful,
			long openProblems) {
	}

	/**
	 * The problem reports with this status, newest first, at most {@link #QUEUE_LENGTH}.
	 */
	List<ProblemReport> problems(Status status) {
		Map<Long, ArticleSummary> titles = articlesById();
		return jdbc.sql("""
				select id, article_id, problem, email, created_at, status from page_feedback
				where kind = 'PROBLEM' and status = :status
				order by created_at desc, id desc limit :limit""")
			.param("status", status.name())
			.param("limit", QUEUE_LENGTH)
			.query((rs, row) -> {
				ArticleSummary article = titles.get(rs.getLong("article_id"));
				return new ProblemReport(rs.getLong("id"), rs.getLong("article_id"),
						article == null ? "" : article.title(), article == null ? "" : article.slug(),
						rs.getString("problem"), rs.getString("email"), rs.getTimestamp("created_at").toInstant(),
						Status.valueOf(rs.getString("status")));
			})
			.list();
	}

	/** How many problem reports have this status. */
	long count(Status status) {
		return jdbc.sql("select count(*) from page_feedback where kind = 'PROBLEM' and status = :status")
			.param("status", status.name())
			.query(Long.class)
			.single();
	}

	/** Every article with feedback: the most "No" answers first. */
	List<ArticleTally> tallies() {
		Map<Long, ArticleSummary> titles = articlesById();
		return jdbc.sql("""
				select article_id,
				       count(*) filter (where kind = 'USEFUL') as useful,
				       count(*) filter (where kind = 'NOT_USEFUL') as not_useful,
				       count(*) filter (where kind = 'PROBLEM' and status = 'NEW') as open_problems
				from page_feedback group by article_id
				order by not_useful desc, open_problems desc, useful desc, article_id""").query((rs, row) -> {
			ArticleSummary article = titles.get(rs.getLong("article_id"));
			return new ArticleTally(rs.getLong("article_id"), article == null ? "" : article.title(),
					article == null ? "" : article.slug(), rs.getLong("useful"), rs.getLong("not_useful"),
					rs.getLong("open_problems"));
		}).list();
	}

	private Map<Long, ArticleSummary> articlesById() {
		return articles.everyArticle().stream().collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
	}

	/**
	 * Marks a problem report as done.
	 * @return false if there is no such report
	 */
	@Transactional
	boolean markDone(long id, long staffId) {
		boolean exists = jdbc.sql("select count(*) from page_feedback where id = :id and kind = 'PROBLEM'")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
		if (exists) {
			jdbc.sql(
					"update page_feedback set status = 'DONE', done_at = :at, done_by = :by where id = :id and status = 'NEW'")
				.param("at", Timestamp.from(clock.instant()))
				.param("by", staffId)
				.param("id", id)
				.update();
		}
		return exists;
	}

	/**
	 * Removes the email addresses of reports done longer ago than the site keeps them.
	 * @return how many addresses were removed
	 */
	@Transactional
	int forgetOldEmails() {
		return forgetEmailsDoneBefore(clock.instant().minus(properties.keepEmailAfterDone()));
	}

	/**
	 * Removes the email address from every report done before a time; returns how many.
	 */
	int forgetEmailsDoneBefore(Instant before) {
		return jdbc.sql("update page_feedback set email = null where email is not null and done_at < :before")
			.param("before", Timestamp.from(before))
			.update();
	}

}
