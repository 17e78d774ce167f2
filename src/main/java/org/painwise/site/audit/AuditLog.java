package org.painwise.site.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.painwise.site.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of who did what and when: moderation decisions, changes to articles, staff
 * accounts and standard responses, and readers' data erased. Only this module writes
 * entries, from the events the other modules publish; entries are only ever added, and
 * the database refuses to change or remove one.
 */
@Service
@RequiredArgsConstructor
class AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final MessageSource messages;

	/**
	 * Something that happened.
	 *
	 * @param actorAccountId the staff account that did it, or null for the site itself
	 * @param actorName who did it, as people know them ("James", "system")
	 * @param action what was done, as a stable code such as {@code comment.published}
	 * @param subjectType what kind of thing it was done to, such as {@code comment}
	 * @param subjectId which one
	 * @param before the relevant value before, or null
	 * @param after the relevant value after, or null
	 * @param detail anything else worth keeping, such as the reason or the standard
	 * response used
	 */
	record Entry(Long actorAccountId, String actorName, String action, String subjectType, String subjectId,
			String before, String after, String detail) {
	}

	/** An entry as it was recorded. */
	public record Recorded(long id, Instant at, Long actorAccountId, String actorName, String action,
			String subjectType, String subjectId, String before, String after, String detail) {
	}

	/**
	 * Adds an entry, in the caller's transaction so it is kept only if the change itself
	 * is.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void record(Entry entry) {
		jdbc.sql("""
				insert into audit_entry (at, actor_account_id, actor_name, action, subject_type, subject_id,
				                         before_value, after_value, detail)
				values (:at, :actorId, :actorName, :action, :subjectType, :subjectId, :before, :after, :detail)""")
			.param("at", Timestamp.from(clock.instant()))
			.param("actorId", entry.actorAccountId())
			.param("actorName", entry.actorName())
			.param("action", entry.action())
			.param("subjectType", entry.subjectType())
			.param("subjectId", entry.subjectId())
			.param("before", entry.before())
			.param("after", entry.after())
			.param("detail", entry.detail())
			.update();
	}

	/** An entry for something a staff member did. */
	void record(StaffMember by, String action, String subjectType, Object subjectId, String before, String after,
			String detail) {
		record(new Entry(by.id(), by.displayName(), action, subjectType,
				subjectId == null ? null : subjectId.toString(), before, after, detail));
	}

	/**
	 * Words for an entry from {@code messages.properties}: the log is kept in the site's
	 * one language, whoever reads it.
	 */
	String words(String code, Object... args) {
		return messages.getMessage(code, args, Locale.UK);
	}

	/**
	 * Entries newest first.
	 * @param actorAccountId only this staff member's, or null for everyone's
	 * @param from from this day, or null
	 * @param to up to and including this day, or null
	 * @param zone the time zone the days are in
	 */
	@Transactional(readOnly = true)
	List<Recorded> find(Long actorAccountId, LocalDate from, LocalDate to, ZoneId zone, int limit, long offset) {
		return jdbc.sql("""
				select id, at, actor_account_id, actor_name, action, subject_type, subject_id, before_value,
				       after_value, detail
				from audit_entry
				where (cast(:actor as bigint) is null or actor_account_id = :actor)
				  and (cast(:from as timestamptz) is null or at >= :from)
				  and (cast(:to as timestamptz) is null or at < :to)
				order by at desc, id desc
				limit :limit offset :offset""")
			.param("actor", actorAccountId)
			.param("from", from == null ? null : Timestamp.from(from.atStartOfDay(zone).toInstant()))
			.param("to", to == null ? null : Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new Recorded(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
					(Long) rs.getObject("actor_account_id"), rs.getString("actor_name"), rs.getString("action"),
					rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("before_value"),
					rs.getString("after_value"), rs.getString("detail")))
			.list();
	}

}
