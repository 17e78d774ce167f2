package org.painwise.site.comments;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where a comment's status is set, from its first status as it is saved to
 * every later change. Every change is written to the comment's status history with who
 * made it and why, and announced as a {@link CommentStatusChanged} event. A change is
 * refused if the comment is no longer in the status the caller saw, so two people acting
 * on the same comment never silently overwrite each other.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CommentStatusChanges {

	private final JdbcClient jdbc;

	private final CommentRepository comments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** What happened when a change was asked for. */
	public sealed interface Outcome {

		/** The comment now has the new status. */
		record Changed(long commentId, CommentStatus from, CommentStatus to) implements Outcome {
		}

		/** Someone else changed it first; nothing was done. */
		record AlreadyHandled(long commentId, CommentStatus current, String by, Instant at) implements Outcome {
		}

		/** There is no such comment. */
		record NotFound(long commentId) implements Outcome {
		}

	}

	/**
	 * Moves a comment from the status the caller saw to a new one.
	 * @param expected the status the caller saw; the change happens only if it still
	 * holds
	 * @param by who is changing it, as recorded in the history
	 * @param reason why, or null
	 */
	@Transactional
	public Outcome change(long commentId, CommentStatus expected, CommentStatus to, String by, String reason) {
		Instant now = clock.instant();
		// one conditional update: of two people acting at once, exactly one changes the
		// status
		Optional<long[]> changed = jdbc.sql("""
				update comment set status = :to, moderated_by = :by, moderated_at = :at, moderation_note = :reason,
				                   version = version + 1
				where id = :id and status = :expected
				returning article_id, coalesce(parent_id, 0)""")
			.param("to", to.name())
			.param("by", by)
			.param("at", java.sql.Timestamp.from(now))
			.param("reason", reason)
			.param("id", commentId)
			.param("expected", expected.name())
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional();
		if (changed.isEmpty()) {
			return jdbc.sql("select status, moderated_by, moderated_at from comment where id = ?")
				.param(commentId)
				.query((rs,
						row) -> (Outcome) new Outcome.AlreadyHandled(commentId,
								CommentStatus.valueOf(rs.getString("status")), rs.getString("moderated_by"),
								rs.getTimestamp("moderated_at") == null ? null
										: rs.getTimestamp("moderated_at").toInstant()))
				.optional()
				.orElse(new Outcome.NotFound(commentId));
		}
		record(commentId, expected, to, by, reason, now);
		long articleId = changed.get()[0];
		Long parentId = changed.get()[1] == 0 ? null : changed.get()[1];
		events.publishEvent(new CommentStatusChanged(commentId, articleId, expected, to, by, reason, now));
		if (to == CommentStatus.PUBLISHED) {
			events.publishEvent(new CommentPublished(commentId, articleId, parentId));
		}
		return new Outcome.Changed(commentId, expected, to);
	}

	/**
	 * Saves a new comment in the status it starts with, and records that status as the
	 * first entry of its history.
	 * @param status the status it starts with, or null for held, where a reader's comment
	 * starts
	 * @param by who set that status, as recorded in the history
	 * @param note why it starts in that status, kept on the comment, or null
	 */
	void saveNew(Comment comment, CommentStatus status, String by, Instant at, String note) {
		if (status != null) {
			comment.changeStatus(status, by, at, note);
		}
		comments.saveAndFlush(comment);
		comment.becomeRootIfTopLevel();
		comments.flush();
		record(comment.getId(), null, comment.getStatus(), by, null, comment.getCreatedAt());
	}

	private void record(long commentId, CommentStatus from, CommentStatus to, String by, String reason, Instant at) {
		jdbc.sql("""
				insert into comment_status_change (comment_id, from_status, to_status, changed_by, reason, changed_at)
				values (:comment, :from, :to, :by, :reason, :at)""")
			.param("comment", commentId)
			.param("from", from == null ? null : from.name())
			.param("to", to.name())
			.param("by", by)
			.param("reason", reason)
			.param("at", java.sql.Timestamp.from(at))
			.update();
	}

}
