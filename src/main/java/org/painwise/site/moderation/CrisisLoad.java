package org.painwise.site.moderation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.SiteProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many comments with crisis language a moderator has handled today (published,
 * rejected, marked as spam, kept or answered), from the audit log, so their dashboard can
 * suggest a break.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class CrisisLoad {

	private final JdbcClient jdbc;

	private final SiteProperties site;

	private final Clock clock;

	long handledToday(long accountId) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), site.timeZone());
		return jdbc.sql("""
				select count(distinct c.id) from audit_entry a
				join comment c on a.subject_type = 'comment' and c.id = cast(a.subject_id as bigint)
				where a.actor_account_id = :account and a.at >= :today and a.action like 'comment.%'
				  and 'CRISIS' = any(c.flags)""")
			.param("account", accountId)
			.param("today", Timestamp.from(today.atStartOfDay(site.timeZone()).toInstant()))
			.query(Long.class)
			.single();
	}

}
