package org.painwise.site.moderation;

import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.painwise.site.comments.CommentFlag;
import org.painwise.site.comments.CommentPublished;
import org.painwise.site.comments.CommentStatus;
import org.painwise.site.comments.CommentSubmitted;
import org.painwise.site.comments.CommentSubscriptions;
import org.painwise.site.comments.EmailConfirmationRequested;
import org.painwise.site.comments.EmailConfirmations;
import org.painwise.site.shared.Outbox;
import org.painwise.site.shared.SiteProperties;
import org.painwise.site.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The emails around comments: to a commenter who asked for them, when their comment is
 * published, when someone replies to it, and when a moderator rejects it and chooses to
 * say why; and to moderators who asked for them, when a comment flagged for crisis
 * language arrives. A held comment causes no email to its writer until it is published. A
 * commenter's address gets these only once its owner has confirmed it: before that it
 * gets one email, which asks them to (see {@link EmailConfirmations}).
 *
 * <p>
 * Each email is durable. Spring Modulith's event publication registry records the event,
 * for each of these listeners, in the same transaction as the change that causes it;
 * after the commit the listener runs off the request thread and the record is completed
 * only once the email has gone. If the mail server is down, the listener fails, the
 * record stays, and {@link EmailRetries} sends it again later (on one instance at a time,
 * with a growing pause). Each listener sends one email, so a retry repeats only what
 * failed; the crisis alert goes to every moderator who wants it, and if the mail server
 * fails part-way, to all of them again.
 */
@Component
@RequiredArgsConstructor
class CommentNotifications {

	private static final Logger log = LoggerFactory.getLogger(CommentNotifications.class);

	private final ModerationQueries queries;

	private final CommentSubscriptions subscriptions;

	private final ModeratorPreferences preferences;

	private final Outbox outbox;

	private final SiteProperties site;

	private final MessageSource messages;

	private final EmailConfirmations confirmations;

	/** To the writer of a comment that was published, if they asked. */
	@ApplicationModuleListener
	void published(CommentPublished event) {
		toWriter(event.commentId(), CommentStatus.PUBLISHED).ifPresent(item -> {
			String unsubscribe = subscriptions.unsubscribeUrl(item.id());
			send(new Outbox.Email(item.authorEmail(), text("mail.published.subject", item.articleTitle()),
					text("mail.published.body", item.firstName(), item.articleTitle(),
							subscriptions.commentUrl(item.id()), site.name(), unsubscribe),
					unsubscribe));
		});
	}

	/** To the writer of the comment a published reply answers, if they asked. */
	@ApplicationModuleListener
	void answered(CommentPublished event) {
		if (event.parentId() == null) {
			return;
		}
		Optional<ModerationQueries.Item> comment = withStatus(event.commentId(), CommentStatus.PUBLISHED);
		if (comment.isEmpty()) {
			return;
		}
		ModerationQueries.Item item = comment.get();
		queries.answeredBy(item.id())
			.filter(parent -> parent.status() == CommentStatus.PUBLISHED
					&& !parent.authorEmail().equalsIgnoreCase(item.authorEmail()) && writerWantsEmails(parent))
			.ifPresent(parent -> send(new Outbox.Email(parent.authorEmail(),
					text("mail.reply.subject", replier(item), parent.articleTitle()),
					text("mail.reply.body", parent.firstName(), replier(item), parent.articleTitle(),
							subscriptions.commentUrl(item.id()), site.name(),
							subscriptions.unsubscribeUrl(parent.id())),
					subscriptions.unsubscribeUrl(parent.id()))));
	}

	/**
	 * To the writer of a rejected comment, why, when a moderator chose to tell them: only
	 * if they asked for emails about it (and have not unsubscribed since) from an address
	 * they confirmed.
	 */
	@ApplicationModuleListener
	void rejected(RejectionExplained event) {
		toWriter(event.commentId(), CommentStatus.REJECTED).ifPresent(item -> {
			String unsubscribe = subscriptions.unsubscribeUrl(item.id());
			send(new Outbox.Email(item.authorEmail(), text("mail.rejected.subject", item.articleTitle()),
					text("mail.rejected.body", event.text(), site.absoluteUrl("/guidelines"), site.contactEmail(),
							site.name(), unsubscribe),
					unsubscribe));
		});
	}

	/**
	 * To the writer of a comment who asked for emails from an address not yet confirmed:
	 * the one email that asks.
	 */
	@ApplicationModuleListener
	void confirmation(EmailConfirmationRequested event) {
		queries.find(event.commentId())
			.ifPresent(item -> send(new Outbox.Email(item.authorEmail(), text("mail.confirm.subject", site.name()),
					text("mail.confirm.body", item.firstName(), item.articleTitle(),
							confirmations.confirmationUrl(item.authorEmail()), site.name()))));
	}

	/**
	 * To the moderators who asked for crisis alerts, when a comment with crisis language
	 * is held.
	 */
	@ApplicationModuleListener
	void submitted(CommentSubmitted event) {
		if (event.status() != CommentStatus.HELD || !event.flags().contains(CommentFlag.CRISIS)) {
			return;
		}
		Optional<ModerationQueries.Item> comment = queries.find(event.commentId());
		if (comment.isEmpty()) {
			return;
		}
		// the alert leaves the comment's words out of the email: moderators read them in
		// the queue
		String queue = site.absoluteUrl("/staff/moderation#comment-" + event.commentId());
		for (StaffMember moderator : preferences.crisisAlertRecipients()) {
			send(new Outbox.Email(moderator.email(), text("mail.crisis.subject", comment.get().articleTitle()),
					text("mail.crisis.body", moderator.displayName(), comment.get().articleTitle(), queue,
							site.absoluteUrl(AlertsController.ALERTS))));
		}
	}

	/** The comment, if it still has this status and its writer is to be told about it. */
	private Optional<ModerationQueries.Item> toWriter(long commentId, CommentStatus status) {
		return withStatus(commentId, status).filter(this::writerWantsEmails);
	}

	private Optional<ModerationQueries.Item> withStatus(long commentId, CommentStatus status) {
		return queries.find(commentId).filter(item -> item.status() == status);
	}

	/**
	 * A reader who asked for emails about their comment, from an address they confirmed.
	 */
	private boolean writerWantsEmails(ModerationQueries.Item item) {
		return item.notifyAuthor() && !item.fromStaff() && confirmations.isConfirmed(item.authorEmail());
	}

	private String replier(ModerationQueries.Item reply) {
		return reply.fromStaff() ? reply.authorName() + ", " + site.name() : reply.authorName();
	}

	private void send(Outbox.Email email) {
		try {
			outbox.send(email);
		}
		catch (RuntimeException ex) {
			// the exception's message can name the address, so only its kind is logged;
			// failing
			// leaves the email's record incomplete, to be sent again
			log.warn("Could not send an email to a commenter or moderator ({}); it will be tried again",
					ex.getClass().getSimpleName());
			throw new EmailNotSent(ex.getClass().getSimpleName());
		}
	}

	/**
	 * An email that could not be sent now, without the mail server's words (they can name
	 * the address).
	 */
	static final class EmailNotSent extends RuntimeException {

		EmailNotSent(String kind) {
			super("The mail server refused or could not be reached (" + kind + ")", null, false, false);
		}

	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.UK);
	}

}
