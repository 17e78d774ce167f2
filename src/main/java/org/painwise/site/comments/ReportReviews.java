package org.painwise.site.comments;

import java.sql.Timestamp;
import java.time.Clock;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A moderator's answer to readers' reports of a published comment that should stay: its
 * open reports are marked as reviewed, so it leaves the reported view until someone
 * reports it again. Part of the narrow API moderation acts on comments through.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReportReviews {

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * @return how many open reports were cleared; 0 if someone else cleared them first or
	 * the comment is not published
	 */
	@Transactional
	public int keepPublished(long commentId, String by) {
		return jdbc.sql("""
				update comment_report set reviewed_at = :at, reviewed_by = :by
				where comment_id = :id and reviewed_at is null
				  and exists (select 1 from comment c where c.id = :id and c.status = 'PUBLISHED')""")
			.param("at", Timestamp.from(clock.instant()))
			.param("by", by)
			.param("id", commentId)
			.update();
	}

}
