package org.painwise.site.moderation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.painwise.site.staff.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Priya is looking at this": a moderator claims a comment so that others can see someone
 * is on it. Others can still act on it (the queue warns them); a claim lapses by itself
 * after {@link WellbeingProperties#claimFor()}, so nothing waits on someone who went
 * home, and goes when the comment is decided.
 */
@Service
@Transactional
@RequiredArgsConstructor
class Claims {

	private final JdbcClient jdbc;

	private final WellbeingProperties properties;

	private final Clock clock;

	/**
	 * A current claim.
	 *
	 * @param mine whether it is the moderator's own who is looking at the queue
	 */
	record Claim(String by, Instant at, boolean mine) {
	}

	/**
	 * Claims the comment for this moderator (taking it over from a lapsed or another
	 * claim).
	 */
	void claim(long commentId, StaffMember by) {
		jdbc.sql("""
				insert into comment_claim (comment_id, account_id, claimed_by, claimed_at)
				select :id, :account, :name, :now where exists (select 1 from comment where id = :id)
				on conflict (comment_id) do update set account_id = excluded.account_id,
				    claimed_by = excluded.claimed_by, claimed_at = excluded.claimed_at""")
			.param("id", commentId)
			.param("account", by.id())
			.param("name", by.displayName())
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/** Lets go of a claim: when the comment is decided, or the moderator moves on. */
	void release(long commentId) {
		jdbc.sql("delete from comment_claim where comment_id = ?").param(commentId).update();
	}

	/** The current claims on these comments, as this moderator sees them. */
	@Transactional(readOnly = true)
	Map<Long, Claim> on(Collection<Long> commentIds, StaffMember viewer) {
		Map<Long, Claim> claims = new HashMap<>();
		if (commentIds.isEmpty()) {
			return claims;
		}
		jdbc.sql("""
				select comment_id, account_id, claimed_by, claimed_at from comment_claim
				where comment_id = any(:ids) and claimed_at > :since""")
			.param("ids", commentIds.toArray(Long[]::new))
			.param("since", Timestamp.from(clock.instant().minus(properties.claimFor())))
			.query((rs, row) -> claims.put(rs.getLong("comment_id"),
					new Claim(rs.getString("claimed_by"), rs.getTimestamp("claimed_at").toInstant(),
							rs.getLong("account_id") == viewer.id())))
			.list();
		return claims;
	}

}
