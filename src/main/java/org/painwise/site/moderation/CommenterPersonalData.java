package org.painwise.site.moderation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.painwise.site.comments.EmailConfirmations;
import org.painwise.site.shared.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What moderators decided about a reader rather than a comment, by the keyed hash of
 * their email address: a block (shown, with its reason, but kept when they erase their
 * data, because it protects other readers, as the privacy notice says), and the record of
 * a rejection or a revoked trust, which erasing deletes.
 */
@Component
@RequiredArgsConstructor
class CommenterPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final EmailConfirmations emails;

	private final Clock clock;

	@Override
	public List<Part> find(Subject subject) {
		String hash = emails.hashOf(subject.email());
		List<Part> parts = new ArrayList<>();
		List<List<String>> blocks = jdbc
			.sql("select blocked_at, reason, address_until from commenter_block where email_hash = ?")
			.param(hash)
			.query((rs, row) -> List.of(PersonalData.time(rs.getTimestamp("blocked_at"), clock), rs.getString("reason"),
					time(rs.getTimestamp("address_until"))))
			.list();
		if (!blocks.isEmpty()) {
			parts.add(new Part("block", List.of("blocked", "reason", "addressBlockedUntil"), blocks));
		}
		List<List<String>> standing = jdbc.sql("""
				select last_rejected_at, trust_revoked_at from commenter_standing where email_hash = ?""")
			.param(hash)
			.query((rs, row) -> List.of(time(rs.getTimestamp("last_rejected_at")),
					time(rs.getTimestamp("trust_revoked_at"))))
			.list();
		if (!standing.isEmpty()) {
			parts.add(new Part("moderation", List.of("lastRejected", "trustRevoked"), standing));
		}
		return parts;
	}

	@Override
	public Map<String, Integer> erase(Subject subject) {
		return Map.of("commenter standings deleted",
				jdbc.sql("delete from commenter_standing where email_hash = ?")
					.param(emails.hashOf(subject.email()))
					.update());
	}

	private String time(Timestamp timestamp) {
		return timestamp == null ? "" : PersonalData.time(timestamp, clock);
	}

}
