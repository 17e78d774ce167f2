package org.painwise.site.moderation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.painwise.site.comments.CommentStatus;
import org.painwise.site.comments.EmailConfirmations;
import org.painwise.site.shared.PersonalDataRetention;
import org.painwise.site.shared.RetentionProperties;
import org.painwise.site.staff.ModeratorOnly;
import org.painwise.site.staff.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writers a moderator blocked. A block names the writer's email address (kept only as the
 * keyed hash {@link EmailConfirmations#hashOf(String)} and a masked form moderators can
 * recognise) and, for a limited time, their network address; their new comments are
 * refused before anything is saved, on every instance, because every comment asks the
 * database. Every block and unblock is in the audit log.
 */
@Service
@RequiredArgsConstructor
class CommenterBlocks implements PersonalDataRetention {

	/** How long an address block lasts at most. */
	static final Duration LONGEST_ADDRESS_BLOCK = Duration.ofDays(365);

	private final JdbcClient jdbc;

	private final EmailConfirmations emails;

	private final ModerationQueries queries;

	private final ModerationDecisions decisions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * A block as the list shows it.
	 *
	 * @param shownAs the writer's name and masked email address
	 * @param addressUntil until when their network address is blocked too, or null
	 */
	record Block(long id, String shownAs, String reason, String blockedBy, Instant blockedAt, Instant addressUntil) {

		/** Whether the address part still holds at this moment. */
		public boolean addressBlockedAt(Instant now) {
			return addressUntil != null && addressUntil.isAfter(now);
		}

	}

	/** What blocking the writer of a comment did. */
	sealed interface Outcome {

		/**
		 * @param rejected how many of their held comments were rejected with it
		 * @param addressBlocked whether their network address was blocked too
		 */
		record Blocked(long blockId, String shownAs, int rejected, boolean addressBlocked) implements Outcome {
		}

		/** The writer was blocked already; nothing changed. */
		record AlreadyBlocked(long blockId, String shownAs) implements Outcome {
		}

		/**
		 * No reader's comment with this id (a staff reply, an erased or deleted comment).
		 */
		record NotFound() implements Outcome {
		}

	}

	/**
	 * Whether new comments from this email address, or this network address, are refused.
	 */
	boolean blocked(String email, String addressHash) {
		return jdbc
			.sql("""
					select exists (select 1 from commenter_block
					               where email_hash = :email
					                  or (cast(:address as varchar) is not null and address_hash = :address and address_until > :now))""")
			.param("email", emails.hashOf(email == null ? "" : email))
			.param("address", addressHash)
			.param("now", Timestamp.from(clock.instant()))
			.query(Boolean.class)
			.single();
	}

	/**
	 * The writer of a comment, if there is one to block, and their block if they have
	 * one.
	 */
	@ModeratorOnly
	Optional<Writer> writerOf(long commentId) {
		return queries.writerOf(commentId)
			.map(writer -> new Writer(writer, shownAs(writer), queries.heldFrom(writer.email()).size(),
					find(emails.hashOf(writer.email()))));
	}

	/**
	 * @param heldComments how many of their comments wait in the queue
	 * @param block their block, if they are blocked
	 */
	record Writer(ModerationQueries.Writer comment, String shownAs, int heldComments, Optional<Block> block) {

		/**
		 * Whether the comment still knows its writer's network address (for 48 hours).
		 */
		public boolean addressKnown() {
			return comment.addressHash() != null;
		}

	}

	/**
	 * Blocks the writer of a comment by their email address, and by their network address
	 * for {@code addressFor} when the comment still knows it.
	 * @param addressFor how long to block the address too, or null for not at all
	 * @param rejectHeld whether to reject their comments waiting in the queue as well
	 */
	@Transactional
	@ModeratorOnly
	Outcome block(long commentId, String reason, Duration addressFor, boolean rejectHeld, StaffMember by) {
		Optional<ModerationQueries.Writer> found = queries.writerOf(commentId);
		if (found.isEmpty()) {
			return new Outcome.NotFound();
		}
		ModerationQueries.Writer writer = found.get();
		String hash = emails.hashOf(writer.email());
		Optional<Block> existing = find(hash);
		if (existing.isPresent()) {
			return new Outcome.AlreadyBlocked(existing.get().id(), existing.get().shownAs());
		}
		Instant now = clock.instant();
		boolean byAddress = addressFor != null && writer.addressHash() != null;
		Instant addressUntil = byAddress ? now.plus(addressFor) : null;
		String shownAs = shownAs(writer);
		long id = jdbc
			.sql("""
					insert into commenter_block (email_hash, shown_as, address_hash, address_until, reason, blocked_by, blocked_at)
					values (:email, :shown, :address, :until, :reason, :by, :now)
					on conflict (email_hash) do nothing
					returning id""")
			.param("email", hash)
			.param("shown", shownAs)
			.param("address", byAddress ? writer.addressHash() : null)
			.param("until", addressUntil == null ? null : Timestamp.from(addressUntil))
			.param("reason", reason)
			.param("by", by.displayName())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.optional()
			.orElse(-1L);
		if (id < 0) {
			// blocked by another moderator a moment ago
			Block other = find(hash).orElseThrow();
			return new Outcome.AlreadyBlocked(other.id(), other.shownAs());
		}
		events.publishEvent(new CommenterBlocked(id, shownAs, addressUntil, commentId, reason, by));
		int rejected = 0;
		if (rejectHeld) {
			for (long held : queries.heldFrom(writer.email())) {
				if (decisions.decide(held, CommentStatus.HELD, ModerationDecisions.Decision.REJECT,
						"Writer blocked: " + reason, by) instanceof ModerationDecisions.Result.Done) {
					rejected++;
				}
			}
		}
		return new Outcome.Blocked(id, shownAs, rejected, byAddress);
	}

	/** Lifts a block; false when there was none (lifted a moment ago by someone else). */
	@Transactional
	@ModeratorOnly
	boolean unblock(long blockId, StaffMember by) {
		Optional<Block> block = jdbc.sql("delete from commenter_block where id = ? returning " + COLUMNS)
			.param(blockId)
			.query(CommenterBlocks::block)
			.optional();
		block.ifPresent(lifted -> events
			.publishEvent(new CommenterUnblocked(blockId, lifted.shownAs(), lifted.blockedBy(), lifted.reason(), by)));
		return block.isPresent();
	}

	/** Every block, newest first. */
	@ModeratorOnly
	List<Block> all() {
		return jdbc.sql("select " + COLUMNS + " from commenter_block order by blocked_at desc, id desc")
			.query(CommenterBlocks::block)
			.list();
	}

	/** Forgets the network addresses of blocks whose address part has ended. */
	@Override
	public Map<String, Integer> forget(Instant now, RetentionProperties retention) {
		return Map.of("ended address blocks forgotten", jdbc
			.sql("update commenter_block set address_hash = null, address_until = null where address_until <= ?")
			.param(Timestamp.from(now))
			.update());
	}

	private Optional<Block> find(String emailHash) {
		return jdbc.sql("select " + COLUMNS + " from commenter_block where email_hash = ?")
			.param(emailHash)
			.query(CommenterBlocks::block)
			.optional();
	}

	private static final String COLUMNS = "id, shown_as, reason, blocked_by, blocked_at, address_until";

	private static Block block(ResultSet rs, int row) throws SQLException {
		Timestamp until = rs.getTimestamp("address_until");
		return new Block(rs.getLong("id"), rs.getString("shown_as"), rs.getString("reason"), rs.getString("blocked_by"),
				rs.getTimestamp("blocked_at").toInstant(), until == null ? null : until.toInstant());
	}

	/**
	 * "Maria (m•••@example.com)": enough for a moderator to recognise, without keeping
	 * the address.
	 */
	static String shownAs(ModerationQueries.Writer writer) {
		String email = writer.email().strip();
		int at = email.lastIndexOf('@');
		String masked = at <= 0 ? "•••" : email.charAt(0) + "•••" + email.substring(at);
		String shown = writer.name().strip() + " (" + masked + ")";
		return shown.length() > 200 ? shown.substring(0, 200) : shown;
	}

}
