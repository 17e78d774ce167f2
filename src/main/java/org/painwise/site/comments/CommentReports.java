package org.painwise.site.comments;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers' reports of published comments. One report per visitor per comment; moderators see
 * how many each comment has.
 */
@Service
class CommentReports {

	static final int MAX_REASON_LENGTH = 500;

	private final JdbcClient jdbc;

	CommentReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	enum Outcome {

		REPORTED, ALREADY_REPORTED

	}

	@Transactional
	Outcome report(long commentId, String reporterKey, String ipHash, String reason) {
		int inserted = jdbc.sql("""
				insert into comment_report (comment_id, reporter_key, ip_hash, reason)
				values (:comment, :reporter, :ip, :reason)
				on conflict (comment_id, reporter_key) do nothing""")
			.param("comment", commentId)
			.param("reporter", reporterKey)
			.param("ip", ipHash)
			.param("reason", reason == null || reason.isBlank() ? null : reason.strip())
			.update();
		return inserted == 1 ? Outcome.REPORTED : Outcome.ALREADY_REPORTED;
	}

}
