package org.painwise.site.moderation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.painwise.site.shared.SiteProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether moderation keeps up, from the comments' status history: what came in and what
 * was decided each day, how long a comment waited for its first decision, and who
 * decided. Staff replies are not counted; spam the site caught itself counts as spam on
 * the day it came in. Rejected and spam comments are deleted 30 days after the decision,
 * so 30 days is as far back as the figures are whole.
 */
@Component
@Transactional(readOnly = true)
class Workload {

	static final int DAYS = 30;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ZoneId zone;

	@Autowired
	Workload(JdbcClient jdbc, Clock clock, SiteProperties site) {
		this(jdbc, clock, site.timeZone());
	}

	Workload(JdbcClient jdbc, Clock clock, ZoneId zone) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.zone = zone;
	}

	/** One day's counts. */
	record Day(LocalDate day, long received, long published, long rejected, long spam) {

		public long decided() {
			return published + rejected + spam;
		}

	}

	/** How many decisions one moderator made. */
	record Decisions(String moderator, long count) {
	}

	/**
	 * The last {@link #DAYS} days, today included.
	 *
	 * @param median how long half the comments that came in waited for their first
	 * decision, or null if none has had one
	 * @param ninetieth how long nine in ten waited at most
	 */
	record Figures(List<Day> days, Duration median, Duration ninetieth, List<Decisions> byModerator) {

		public long received() {
			return days.stream().mapToLong(Day::received).sum();
		}

		public long busiest() {
			return days.stream().mapToLong(day -> Math.max(day.received(), day.decided())).max().orElse(0);
		}

	}

	Figures lastDays() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
		LocalDate first = today.minusDays(DAYS - 1);
		Timestamp from = Timestamp.from(first.atStartOfDay(zone).toInstant());
		List<Day> days = new ArrayList<>();
		jdbc.sql("""
				select d.day,
				       count(h.id) filter (where h.from_status is null) as received,
				       count(h.id) filter (where h.to_status = 'PUBLISHED' and h.from_status is not null) as published,
				       count(h.id) filter (where h.to_status = 'REJECTED') as rejected,
				       count(h.id) filter (where h.to_status = 'SPAM') as spam
				from generate_series(cast(:first as date), cast(:today as date), interval '1 day') as d (day)
				left join (comment_status_change h join comment c on c.id = h.comment_id and c.staff_name is null)
				       on cast(h.changed_at at time zone :zone as date) = d.day
				group by d.day
				order by d.day""")
			.param("first", first)
			.param("today", today)
			.param("zone", zone.getId())
			.query((rs,
					row) -> days.add(new Day(rs.getDate("day").toLocalDate(), rs.getLong("received"),
							rs.getLong("published"), rs.getLong("rejected"), rs.getLong("spam"))))
			.list();
		Duration[] waits = jdbc
			.sql("""
					select percentile_cont(0.5) within group (order by waited), percentile_cont(0.9) within group (order by waited)
					from (select extract(epoch from min(h.changed_at) - c.created_at) as waited
					      from comment c join comment_status_change h on h.comment_id = c.id and h.from_status is not null
					      where c.staff_name is null and c.created_at >= :from
					      group by c.id, c.created_at) as first_decisions""")
			.param("from", from)
			.query((rs, row) -> new Duration[] { seconds(rs.getObject(1)), seconds(rs.getObject(2)) })
			.single();
		List<Decisions> byModerator = jdbc
			.sql("""
					select h.changed_by, count(*) from comment_status_change h join comment c on c.id = h.comment_id
					where h.from_status is not null and h.changed_by <> 'system' and c.staff_name is null and h.changed_at >= :from
					group by h.changed_by
					order by count(*) desc, h.changed_by""")
			.param("from", from)
			.query((rs, row) -> new Decisions(rs.getString(1), rs.getLong(2)))
			.list();
		return new Figures(days, waits[0], waits[1], byModerator);
	}

	private static Duration seconds(Object value) {
		return value == null ? null : Duration.ofSeconds(Math.round(((Number) value).doubleValue()));
	}

}
