package org.painwise.site.moderation;

import java.time.Instant;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.painwise.site.comments.CommentStatus;
import org.painwise.site.comments.CommentStatusChanges;
import org.painwise.site.comments.ReportReviews;
import org.painwise.site.comments.EmailConfirmations;
import org.painwise.site.comments.StaffReplies;
import org.painwise.site.shared.SiteProperties;
import org.painwise.site.staff.ModeratorOnly;
import org.painwise.site.staff.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A moderator's decisions on comments: publish, reject, mark as spam, and reply. Each one
 * is made only if the comment is still as the moderator saw it, and is written to the
 * audit log in the same transaction.
 */
@Service
@ModeratorOnly
@RequiredArgsConstructor
class ModerationDecisions {

	private final CommentStatusChanges statusChanges;

	private final StaffReplies replies;

	private final ModerationQueries queries;

	private final ReportReviews reportReviews;

	private final SiteProperties site;

	private final ResponsePlaceholders placeholders;

	private final EmailConfirmations confirmations;

	private final ApplicationEventPublisher events;

	private final Claims claims;

	/** What can be done to a comment from the queue. */
	enum Decision {

		PUBLISH(CommentStatus.PUBLISHED), REJECT(CommentStatus.REJECTED), SPAM(CommentStatus.SPAM);

		final CommentStatus to;

		Decision(CommentStatus to) {
			this.to = to;
		}

	}

	sealed interface Result {

		/** Done; {@code authorName} says whose comment it was. */
		record Done(long commentId, String authorName, Long replyId) implements Result {
		}

		/** Someone else decided first, so nothing was changed. */
		record AlreadyHandled(long commentId, String authorName, CommentStatus current, String by,
				Instant at) implements Result {

			/** The comment as it is now, after someone else's decision. */
			static AlreadyHandled now(ModerationQueries.Item item) {
				return new AlreadyHandled(item.id(), item.authorName(), item.status(), item.moderatedBy(),
						item.moderatedAt());
			}

		}

		record NotFound(long commentId) implements Result {
		}

	}

	/**
	 * @param expected the status the moderator saw; nothing changes if it no longer holds
	 * @param reason why, for a rejection; may be null
	 */
	@Transactional
	Result decide(long commentId, CommentStatus expected, Decision decision, String reason, StaffMember by) {
		Optional<ModerationQueries.Item> found = readersComment(commentId);
		if (found.isEmpty()) {
			return new Result.NotFound(commentId);
		}
		String name = found.get().authorName();
		String note = reason == null || reason.isBlank() ? null : reason.strip();
		CommentStatusChanges.Outcome outcome = statusChanges.change(commentId, expected, decision.to, by.displayName(),
				note);
		if (outcome instanceof CommentStatusChanges.Outcome.Changed changed) {
			events.publishEvent(new CommentModerated(commentId, changed.from(), changed.to(), note, by));
			claims.release(commentId);
			return new Result.Done(commentId, name, null);
		}
		if (outcome instanceof CommentStatusChanges.Outcome.AlreadyHandled handled) {
			return new Result.AlreadyHandled(commentId, name, handled.current(), handled.by(), handled.at());
		}
		return new Result.NotFound(commentId);
	}

	/**
	 * Rejects a comment and, when the moderator chose a rejection email and the writer
	 * asked for emails about their comment from an address they confirmed, emails them
	 * why, after the commit.
	 * @param explanation the standard response to start the email from, or null for no
	 * email
	 * @return the decision, and whether the email is on its way
	 */
	@Transactional
	Rejection reject(long commentId, CommentStatus expected, String reason, StandardResponse explanation,
			StaffMember by) {
		Result result = decide(commentId, expected, Decision.REJECT, reason, by);
		if (!(result instanceof Result.Done) || explanation == null) {
			return new Rejection(result, false);
		}
		ModerationQueries.Item item = queries.find(commentId).orElseThrow();
		boolean emailed = item.notifyAuthor() && confirmations.isConfirmed(item.authorEmail());
		if (emailed) {
			events.publishEvent(new RejectionExplained(commentId,
					placeholders.resolve(explanation.body(), item.firstName(), item.articleTitle(), by.displayName())));
		}
		events.publishEvent(new RejectionEmailChosen(commentId, explanation.title(), emailed, by));
		return new Rejection(result, emailed);
	}

	/** A rejection, and whether an email tells the writer why. */
	record Rejection(Result result, boolean emailed) {
	}

	/**
	 * Keeps a reported comment published and clears its open reports, so it leaves the
	 * reported view until it is reported again.
	 */
	@Transactional
	Result keepPublished(long commentId, StaffMember by) {
		Optional<ModerationQueries.Item> found = readersComment(commentId);
		if (found.isEmpty()) {
			return new Result.NotFound(commentId);
		}
		ModerationQueries.Item item = found.get();
		int cleared = reportReviews.keepPublished(commentId, by.displayName());
		if (cleared == 0) {
			return Result.AlreadyHandled.now(queries.find(commentId).orElse(item));
		}
		events.publishEvent(new ReportedCommentKept(commentId, cleared, by));
		return new Result.Done(commentId, item.authorName(), null);
	}

	/**
	 * Publishes a reply from the charity under the comment, signed with the moderator's
	 * name and the site's, and publishes the comment too if it was held.
	 * @param expected the status the moderator saw
	 * @param responseTitle the standard response the reply started from, or null
	 */
	@Transactional
	Result reply(long commentId, CommentStatus expected, String body, String responseTitle, StaffMember by) {
		Optional<ModerationQueries.Item> found = readersComment(commentId);
		if (found.isEmpty()) {
			return new Result.NotFound(commentId);
		}
		ModerationQueries.Item item = found.get();
		if (item.status() != expected
				|| (item.status() != CommentStatus.HELD && item.status() != CommentStatus.PUBLISHED)) {
			return Result.AlreadyHandled.now(item);
		}
		Optional<Long> reply = replies.reply(commentId,
				new StaffReplies.StaffAuthor(by.id(), by.displayName(), by.email()), signed(body, by));
		if (reply.isEmpty()) {
			// rejected or marked as spam by someone else a moment ago
			return queries.find(commentId)
				.<Result>map(Result.AlreadyHandled::now)
				.orElse(new Result.NotFound(commentId));
		}
		events.publishEvent(
				new CommentReplied(commentId, reply.get(), responseTitle, item.status() == CommentStatus.HELD, by));
		claims.release(commentId);
		return new Result.Done(commentId, item.authorName(), reply.get());
	}

	/**
	 * A comment from a reader, not a staff reply: the only kind a moderator decides on.
	 */
	private Optional<ModerationQueries.Item> readersComment(long commentId) {
		return queries.find(commentId).filter(item -> !item.fromStaff());
	}

	/** The signature every staff reply ends with, such as "James, Painwise". */
	String signature(StaffMember by) {
		return by.displayName() + ", " + site.name();
	}

	private String signed(String body, StaffMember by) {
		String text = body.replace("\r\n", "\n").strip();
		return text.endsWith(signature(by)) ? text : text + "\n\n" + signature(by);
	}

}
