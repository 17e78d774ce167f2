package org.painwise.site.moderation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.painwise.site.MovableClock;
import org.painwise.site.SiteTest;
import org.painwise.site.shared.OneInstance;
import org.painwise.site.shared.Outbox;
import org.painwise.site.shared.SiteProperties;
import org.painwise.site.staff.StaffDirectory;
import org.painwise.site.staff.StaffLogins;
import org.painwise.site.staff.StaffMember;
import org.painwise.site.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The moderation workload on the dashboard, against comments seeded in a month of their
 * own with a clock set in it; and the email to moderators who asked to hear when the
 * queue falls behind, sent at most once per period.
 */
@SiteTest
@Transactional
class WorkloadAndQueueAlertsTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ModerationQueries queries;

	@Autowired
	ModeratorPreferences preferences;

	@Autowired
	StaffDirectory directory;

	@Autowired
	SiteProperties site;

	@Autowired
	MessageSource messages;

	@Autowired
	OneInstance oneInstance;

	@Test
	void theFiguresAreTheSeededCommentsDaysWaitsAndDecisions() {
		MovableClock clock = new MovableClock(Instant.parse("2031-06-15T12:00:00Z"));
		long published = comment("2031-06-10T09:00:00Z");
		decide(published, "HELD", "PUBLISHED", "Priya", "2031-06-10T11:00:00Z");
		long rejected = comment("2031-06-12T10:00:00Z");
		decide(rejected, "HELD", "REJECTED", "James", "2031-06-12T10:30:00Z");
		comment("2031-06-14T09:00:00Z");
		long spam = comment("2031-06-15T08:00:00Z", "SPAM");
		assertThat(spam).isPositive();
		long older = comment("2031-05-01T09:00:00Z");
		decide(older, "HELD", "PUBLISHED", "Priya", "2031-05-01T10:00:00Z");

		Workload.Figures figures = new Workload(jdbc, clock, LONDON).lastDays();

		assertThat(figures.days()).hasSize(30);
		assertThat(figures.days().get(0).day()).isEqualTo(LocalDate.of(2031, 5, 17));
		assertThat(figures.days().get(29).day()).isEqualTo(LocalDate.of(2031, 6, 15));
		assertThat(day(figures, 10)).isEqualTo(new Workload.Day(LocalDate.of(2031, 6, 10), 1, 1, 0, 0));
		assertThat(day(figures, 12)).isEqualTo(new Workload.Day(LocalDate.of(2031, 6, 12), 1, 0, 1, 0));
		assertThat(day(figures, 14)).isEqualTo(new Workload.Day(LocalDate.of(2031, 6, 14), 1, 0, 0, 0));
		assertThat(day(figures, 15)).isEqualTo(new Workload.Day(LocalDate.of(2031, 6, 15), 1, 0, 0, 1));
		assertThat(figures.received()).isEqualTo(4);
		// waits of 2 hours and 30 minutes: the median between them, the 90th percentile
		// near the longer
		assertThat(figures.median()).isEqualTo(Duration.ofMinutes(75));
		assertThat(figures.ninetieth()).isEqualTo(Duration.ofMinutes(111));
		assertThat(figures.byModerator()).containsExactly(new Workload.Decisions("James", 1),
				new Workload.Decisions("Priya", 1));
	}

	@Test
	void theDashboardDrawsTheChartWithATableBehindIt() throws Exception {
		StaffLogins staff = new StaffLogins(context);
		mvc.perform(get("/staff").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(content().string(allOf(containsString("Moderation, last 30 days"),
					containsString("<svg role=\"img\" aria-labelledby=\"workload-title workload-desc\""),
					containsString("viewBox=\"-40 -10 650 190\""),
					containsString("<title id=\"workload-title\">Comments each day, last 30 days</title>"),
					containsString("<caption>Comments each day, last 30 days</caption>"),
					containsString("Decisions by moderator"))));
		mvc.perform(get("/staff").with(staff.as(StaffLogins.EDITOR)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Moderation, last 30 days"))));
	}

	@Test
	void theQueueAlertGoesToThoseWhoAskedAtMostOncePerPeriod() {
		MovableClock clock = new MovableClock(Instant.parse("2031-06-15T12:00:00Z"));
		comment("2031-06-13T09:00:00Z");
		StaffMember moderator = directory.withRole(StaffRole.MODERATOR)
			.stream()
			.filter(member -> member.email().equals(StaffLogins.MODERATOR))
			.findFirst()
			.orElseThrow();
		preferences.setQueueAlerts(moderator, true);
		List<Outbox.Email> sent = new ArrayList<>();
		QueueAlerts alerts = new QueueAlerts(queries, preferences,
				new QueueAlertProperties(1_000_000, 24, Duration.ofHours(24), Duration.ofMinutes(15)), jdbc, sent::add,
				site, messages, oneInstance, clock);

		assertThat(alerts.check()).isEqualTo(preferences.queueAlertRecipients().size());
		assertThat(sent).anySatisfy(email -> {
			assertThat(email.to()).isEqualTo(StaffLogins.MODERATOR);
			assertThat(email.subject()).startsWith("The moderation queue needs attention");
			assertThat(email.text()).contains("http://localhost:8080/staff/moderation");
		});
		int first = sent.size();

		clock.advance(Duration.ofHours(23));
		assertThat(alerts.check()).as("within the period").isZero();
		clock.advance(Duration.ofHours(2));
		assertThat(alerts.check()).as("the next period").isPositive();
		assertThat(sent).hasSize(2 * first);

		// a queue that keeps up sends nothing, whatever the period
		clock.advance(Duration.ofDays(2));
		QueueAlerts relaxed = new QueueAlerts(queries, preferences,
				new QueueAlertProperties(1_000_000, 1_000_000, Duration.ofHours(24), Duration.ofMinutes(15)), jdbc,
				sent::add, site, messages, oneInstance, clock);
		assertThat(relaxed.check()).isZero();

		preferences.setQueueAlerts(moderator, false);
		clock.advance(Duration.ofDays(2));
		assertThat(preferences.queueAlertRecipients()).doesNotContain(moderator);
	}

	private static Workload.Day day(Workload.Figures figures, int dayOfJune) {
		return figures.days()
			.stream()
			.filter(day -> day.day().equals(LocalDate.of(2031, 6, dayOfJune)))
			.findFirst()
			.orElseThrow();
	}

	private long comment(String at) {
		return comment(at, "HELD");
	}

	/**
	 * A reader's comment written at this moment, with its first status in the history.
	 */
	private long comment(String at, String status) {
		long id = jdbc.sql("""
				insert into comment (article_id, status, author_name, author_email, body, created_at)
				values ((select id from article where slug = 'pregabalin'), :status, 'Seeded', 'seeded@example.com',
				        'Seeded for the workload', cast(:at as timestamptz))
				returning id""").param("status", status).param("at", at).query(Long.class).single();
		jdbc.sql("update comment set root_id = id where id = ?").param(id).update();
		jdbc.sql("""
				insert into comment_status_change (comment_id, from_status, to_status, changed_by, changed_at)
				values (?, null, ?, 'system', cast(? as timestamptz))""").params(id, status, at).update();
		return id;
	}

	private void decide(long comment, String from, String to, String by, String at) {
		jdbc.sql("update comment set status = ? where id = ?").params(to, comment).update();
		jdbc.sql("""
				insert into comment_status_change (comment_id, from_status, to_status, changed_by, changed_at)
				values (?, ?, ?, ?, cast(? as timestamptz))""").params(comment, from, to, by, at).update();
	}

}
