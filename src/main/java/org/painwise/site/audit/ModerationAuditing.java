package org.painwise.site.audit;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.painwise.site.moderation.CommentFeatured;
import org.painwise.site.moderation.CommentModerated;
import org.painwise.site.moderation.CommentReplied;
import org.painwise.site.moderation.CommenterBlocked;
import org.painwise.site.moderation.CommenterTrustRevoked;
import org.painwise.site.moderation.CommenterUnblocked;
import org.painwise.site.moderation.ModeratorPreferenceChanged;
import org.painwise.site.moderation.RejectionEmailChosen;
import org.painwise.site.moderation.ReportedCommentKept;
import org.painwise.site.moderation.StandardResponseSaved;
import org.painwise.site.comments.CommentStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every moderation decision, block, standard response and moderator setting to the
 * audit log, in the transaction of the change (see the module's description).
 */
@Component
@RequiredArgsConstructor
class ModerationAuditing {

	private static final String COMMENT = "comment";

	private final AuditLog audit;

	@EventListener
	void moderated(CommentModerated event) {
		audit.record(event.by(), action(event.to()), COMMENT, event.commentId(), event.from().name(), event.to().name(),
				event.reason());
	}

	@EventListener
	void rejectionEmail(RejectionEmailChosen event) {
		audit.record(event.by(), "comment.rejection-explained", COMMENT, event.commentId(), null,
				audit.words(event.emailed() ? "audit.comment.emailed" : "audit.comment.not-emailed"),
				audit.words("audit.comment.standard-response", event.responseTitle()));
	}

	@EventListener
	void kept(ReportedCommentKept event) {
		audit.record(event.by(), "comment.kept", COMMENT, event.commentId(),
				audit.words("audit.comment.reported", event.reportsCleared()),
				audit.words("audit.comment.reports-cleared"), null);
	}

	@EventListener
	void replied(CommentReplied event) {
		if (event.publishedWithIt()) {
			audit.record(event.by(), action(CommentStatus.PUBLISHED), COMMENT, event.commentId(),
					CommentStatus.HELD.name(), CommentStatus.PUBLISHED.name(),
					audit.words("audit.comment.published-with-reply"));
		}
		audit.record(event.by(), "comment.replied", COMMENT, event.commentId(), null,
				audit.words("audit.comment.reply", Long.toString(event.replyId())), event.responseTitle() == null ? null
						: audit.words("audit.comment.standard-response", event.responseTitle()));
	}

	@EventListener
	void featured(CommentFeatured event) {
		String featured = audit.words("audit.comment.featured");
		if (event.featured()) {
			audit.record(event.by(), "comment.featured", COMMENT, event.commentId(), null, featured,
					event.note() == null ? null : audit.words("audit.comment.note", event.note()));
		}
		else {
			audit.record(event.by(), "comment.unfeatured", COMMENT, event.commentId(), featured, null, null);
		}
	}

	@EventListener
	void blocked(CommenterBlocked event) {
		String who = event.addressBlockedUntil() == null ? event.shownAs()
				: audit.words("audit.commenter.blocked-address", event.shownAs(), event.addressBlockedUntil());
		audit.record(event.by(), "commenter.blocked", "commenter-block", event.blockId(), null, who,
				audit.words("audit.commenter.blocked-from", Long.toString(event.fromCommentId()), event.reason()));
	}

	@EventListener
	void unblocked(CommenterUnblocked event) {
		audit.record(event.by(), "commenter.unblocked", "commenter-block", event.blockId(), event.shownAs(), null,
				audit.words("audit.commenter.unblocked", event.blockedBy(), event.reason()));
	}

	@EventListener
	void trustRevoked(CommenterTrustRevoked event) {
		audit.record(event.by(), "commenter.trust-revoked", COMMENT, event.commentId(),
				audit.words("audit.commenter.trusted"), audit.words("audit.commenter.held"), event.shownAs());
	}

	@EventListener
	void responseSaved(StandardResponseSaved event) {
		audit.record(event.by(), event.before() == null ? "response.created" : "response.changed", "standard_response",
				event.responseId(), describe(event.before()), describe(event.after()), null);
	}

	@EventListener
	void preferenceChanged(ModeratorPreferenceChanged event) {
		audit.record(event.by(), "preference." + event.setting(), "staff_account", event.by().id(),
				event.on() ? "off" : "on", event.on() ? "on" : "off", null);
	}

	/** A standard response's every setting and its text, or null for none. */
	private String describe(StandardResponseSaved.Version response) {
		if (response == null) {
			return null;
		}
		return audit.words("audit.response.described", response.title(), response.kind().toLowerCase(Locale.ROOT),
				audit.words(response.active() ? "audit.response.yes" : "audit.response.no"),
				Integer.toString(response.position()),
				response.suggestedFor() == null ? audit.words("audit.response.none") : response.suggestedFor().name(),
				response.body());
	}

	/** {@code comment.published}, {@code comment.rejected} or {@code comment.spam}. */
	private static String action(CommentStatus to) {
		return COMMENT + "." + to.name().toLowerCase(Locale.ROOT);
	}

}
