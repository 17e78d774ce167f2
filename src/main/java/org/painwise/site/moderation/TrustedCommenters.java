package org.painwise.site.moderation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.painwise.site.comments.CommentStatus;
import org.painwise.site.comments.CommentStatusChanged;
import org.painwise.site.comments.EmailConfirmations;
import org.painwise.site.shared.PersonalDataRetention;
import org.painwise.site.shared.RetentionProperties;
import org.painwise.site.staff.ModeratorOnly;
import org.painwise.site.staff.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is trusted, when the site setting ({@link TrustProperties}) is on: a writer whose
 * email address is confirmed, with enough published comments, none rejected in the quiet
 * period, and whose trust no moderator revoked. Worked out afresh for every comment, so
 * it changes as soon as their history does. Readers see no difference; moderators see it
 * beside the writer's history.
 */
@Service
@RequiredArgsConstructor
class TrustedCommenters implements PersonalDataRetention {

	private final JdbcClient jdbc;

	private final TrustProperties properties;

	private final ModerationQueries queries;

	private final EmailConfirmations emails;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Whether trust is on at all, so the queue shows it. */
	boolean enabled() {
		return properties.enabled();
	}

	/** Whether the writer with this email address is trusted now. */
	boolean trusted(String email) {
		if (!properties.enabled() || email == null || email.isBlank()) {
			return false;
		}
		Instant since = clock.instant().minus(properties.quietPeriod());
		String hash = emails.hashOf(email);
		boolean standing = jdbc
			.sql("""
					select not exists (select 1 from commenter_standing
					                   where email_hash = :hash and (trust_revoked_at is not null or last_rejected_at >= :since))""")
			.param("hash", hash)
			.param("since", Timestamp.from(since))
			.query(Boolean.class)
			.single();
		if (!standing || !emails.isConfirmed(email)) {
			return false;
		}
		ModerationQueries.History history = queries.historyOf(email, since);
		return history.published() >= properties.publishedComments() && history.rejectedRecently() == 0;
	}

	/**
	 * Stops trusting the writer of a comment: their next comments are held again.
	 * @return their name, or empty when the comment has no reader to trust
	 */
	@Transactional
	@ModeratorOnly
	Optional<String> revoke(long commentId, StaffMember by) {
		Optional<ModerationQueries.Writer> writer = queries.writerOf(commentId);
		writer.ifPresent(found -> {
			jdbc.sql(
					"""
							insert into commenter_standing (email_hash, trust_revoked_by, trust_revoked_at) values (:hash, :by, :now)
							on conflict (email_hash) do update set trust_revoked_by = excluded.trust_revoked_by,
							                                       trust_revoked_at = excluded.trust_revoked_at""")
				.param("hash", emails.hashOf(found.email()))
				.param("by", by.displayName())
				.param("now", Timestamp.from(clock.instant()))
				.update();
			events.publishEvent(new CommenterTrustRevoked(commentId, CommenterBlocks.shownAs(found), by));
		});
		return writer.map(ModerationQueries.Writer::name);
	}

	/**
	 * A rejection starts the quiet period again, however soon the comment itself is
	 * deleted. This listener runs in the rejection's transaction, unlike the module's
	 * email listeners ({@code @ApplicationModuleListener}, after the commit): the
	 * standing must be kept exactly when the rejection is, and a status change asks
	 * nothing of the event registry.
	 */
	@EventListener
	void on(CommentStatusChanged change) {
		if (change.to() != CommentStatus.REJECTED) {
			return;
		}
		queries.writerOf(change.commentId())
			.ifPresent(writer -> jdbc.sql("""
					insert into commenter_standing (email_hash, last_rejected_at) values (:hash, :at)
					on conflict (email_hash) do update set last_rejected_at = excluded.last_rejected_at""")
				.param("hash", emails.hashOf(writer.email()))
				.param("at", Timestamp.from(change.at()))
				.update());
	}

	/**
	 * Forgets rejections older than the quiet period, unless the writer's trust was
	 * revoked.
	 */
	@Override
	public Map<String, Integer> forget(Instant now, RetentionProperties retention) {
		return Map.of("commenters' old rejections forgotten",
				jdbc.sql("""
						delete from commenter_standing where trust_revoked_at is null and last_rejected_at < ?""")
					.param(Timestamp.from(now.minus(properties.quietPeriod())))
					.update());
	}

}
