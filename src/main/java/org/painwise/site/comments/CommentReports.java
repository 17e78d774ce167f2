package org.painwise.site.comments;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import lombok.RequiredArgsConstructor;

import org.painwise.site.shared.TransactionLocks;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers' reports of published comments. One report per visitor per comment, and at most
 * {@code comments.reports-per-hour} from one address (by its daily salted hash) in an
 * hour, so nobody can bury the moderation queue in reports; moderators see how many each
 * comment has. Reports from one address take turns (an advisory lock), so the limit holds
 * exactly on any number of instances.
 */
@Service
@RequiredArgsConstructor
class CommentReports {

	static final int MAX_REASON_LENGTH = 500;

	/** Advisory locks for one address's reports; other features use other spaces. */
	private static final int ADDRESS_LOCK_SPACE = 0x52657073;

	private final JdbcClient jdbc;

	private final CommentProperties properties;

	private final Clock clock;

	enum Outcome {

		REPORTED, ALREADY_REPORTED, TOO_MANY

	}

	@Transactional
	Outcome report(long commentId, String reporterKey, String ipHash, String reason) {
		TransactionLocks.hold(jdbc, ADDRESS_LOCK_SPACE, ipHash);
		long recent = jdbc.sql("select count(*) from comment_report where ip_hash = ? and created_at > ?")
			.params(ipHash, Timestamp.from(clock.instant().minus(Duration.ofHours(1))))
			.query(Long.class)
			.single();
		if (recent >= properties.reportsPerHour()) {
			return Outcome.TOO_MANY;
		}
		int inserted = jdbc.sql("""
				insert into comment_report (comment_id, reporter_key, ip_hash, reason, created_at)
				values (:comment, :reporter, :ip, :reason, :now)
				on conflict (comment_id, reporter_key) do nothing""")
			.param("comment", commentId)
			.param("reporter", reporterKey)
			.param("ip", ipHash)
			.param("reason", reason == null || reason.isBlank() ? null : reason.strip())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		return inserted == 1 ? Outcome.REPORTED : Outcome.ALREADY_REPORTED;
	}

}
