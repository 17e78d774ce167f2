package org.painwise.site.privacy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.painwise.site.SampleContent;
import org.painwise.site.SiteTest;
import org.painwise.site.shared.Retention;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention clears what the privacy notice says it keeps only for a while, and nothing
 * else. The clean-up is run as if at a chosen moment (the rows are written with ages
 * relative to it), so no test waits 48 hours.
 */
@SiteTest
// a context, and so a database, of its own: the clean-up deletes across the whole
// database
@TestPropertySource(properties = "spring.application.name=retention-tests")
class RetentionTests {

	@Autowired
	Retention retention;

	@Autowired
	JdbcClient jdbc;

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	private final String marker = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void addressHashesAndVisitorKeysGoAfter48HoursAndNothingElseDoes() {
		long article = new SampleContent(jdbc).articleId("pregabalin");
		long oldComment = comment(article, "PUBLISHED", hoursAgo(49), null);
		long newComment = comment(article, "PUBLISHED", hoursAgo(47), null);
		long oldVote = vote(oldComment, hoursAgo(49));
		long newVote = vote(newComment, hoursAgo(47));
		long oldReport = report(newComment, hoursAgo(49));
		long newReport = report(oldComment, hoursAgo(47));
		long oldFeedback = feedback(article, hoursAgo(49));
		long newFeedback = feedback(article, hoursAgo(47));

		retention.run(now);

		assertThat(hashes("comment", "ip_hash", "visitor_key", oldComment)).containsOnlyNulls();
		assertThat(hashes("comment", "ip_hash", "visitor_key", newComment)).doesNotContainNull();
		assertThat(hashes("vote", "ip_hash", "voter_key", oldVote)).containsOnlyNulls();
		assertThat(hashes("vote", "ip_hash", "voter_key", newVote)).doesNotContainNull();
		assertThat(hashes("comment_report", "ip_hash", "reporter_key", oldReport)).containsOnlyNulls();
		assertThat(hashes("comment_report", "ip_hash", "reporter_key", newReport)).doesNotContainNull();
		assertThat(hashes("page_feedback", "ip_hash", "ip_hash", oldFeedback)).containsOnlyNulls();
		assertThat(hashes("page_feedback", "ip_hash", "ip_hash", newFeedback)).doesNotContainNull();
		// the comments, votes, reports and answers themselves stay
		assertThat(count("select count(*) from comment where id in (?, ?)", oldComment, newComment)).isEqualTo(2);
		assertThat(count("select count(*) from vote where id in (?, ?)", oldVote, newVote)).isEqualTo(2);
		assertThat(jdbc.sql("select body from comment where id = ?").param(oldComment).query(String.class).single())
			.isEqualTo("Retention " + marker);
	}

	@Test
	void rejectedAndSpamCommentsGoThirtyDaysAfterTheDecision() {
		long article = new SampleContent(jdbc).articleId("pregabalin");
		long oldRejected = comment(article, "REJECTED", hoursAgo(24 * 40), hoursAgo(24 * 31));
		long recentRejected = comment(article, "REJECTED", hoursAgo(24 * 40), hoursAgo(24 * 29));
		long oldSpam = comment(article, "SPAM", hoursAgo(24 * 31), hoursAgo(24 * 31));
		long oldPublished = comment(article, "PUBLISHED", hoursAgo(24 * 90), hoursAgo(24 * 89));
		long answeredRejected = comment(article, "REJECTED", hoursAgo(24 * 40), hoursAgo(24 * 31));
		long reply = comment(article, "PUBLISHED", hoursAgo(24 * 39), hoursAgo(24 * 39));
		jdbc.sql("update comment set parent_id = ?, root_id = ?, depth = 1 where id = ?")
			.params(answeredRejected, answeredRejected, reply)
			.update();
		report(oldSpam, hoursAgo(24 * 31));

		retention.run(now);

		assertThat(exists(oldRejected)).isFalse();
		assertThat(exists(oldSpam)).as("deleted with its report").isFalse();
		assertThat(exists(recentRejected)).isTrue();
		assertThat(exists(oldPublished)).isTrue();
		assertThat(exists(answeredRejected)).as("a reply still hangs from it").isTrue();
		assertThat(exists(reply)).isTrue();
	}

	@Test
	void eachDaysAddressKeyIsDeletedOnceItsHashesCanNoLongerBeNeeded() {
		LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
		for (int daysAgo = 0; daysAgo <= 3; daysAgo++) {
			jdbc.sql("insert into site_secret (name, value) values (?, ?) on conflict do nothing")
				.params("ip-hash:" + today.minusDays(daysAgo), new byte[32])
				.update();
		}

		retention.run(now);

		assertThat(jdbc.sql("select name from site_secret where name like 'ip-hash:%' and name >= ? order by name")
			.param("ip-hash:" + today.minusDays(3))
			.query(String.class)
			.list()).containsExactly("ip-hash:" + today.minusDays(1), "ip-hash:" + today);
	}

	@Test
	void expiredSignInFailuresAndLongUnusedStaffAddressesAreDeleted() {
		jdbc.sql("insert into staff_login_failure (email_hash, address_hash, failed_at) values (?, ?, ?), (?, ?, ?)")
			.params("old-" + marker, "a", now.minus(Duration.ofHours(25)).atOffset(ZoneOffset.UTC), "new-" + marker,
					"a", now.minus(Duration.ofHours(23)).atOffset(ZoneOffset.UTC))
			.update();
		jdbc.sql("insert into staff_known_address (email_hash, address_hash, signed_in_at) values (?, ?, ?), (?, ?, ?)")
			.params("old-" + marker, "a", now.minus(Duration.ofDays(91)).atOffset(ZoneOffset.UTC), "new-" + marker, "a",
					now.minus(Duration.ofDays(89)).atOffset(ZoneOffset.UTC))
			.update();

		retention.run(now);

		assertThat(jdbc.sql("select email_hash from staff_login_failure where email_hash like ?")
			.param("%-" + marker)
			.query(String.class)
			.list()).containsExactly("new-" + marker);
		assertThat(jdbc.sql("select email_hash from staff_known_address where email_hash like ?")
			.param("%-" + marker)
			.query(String.class)
			.list()).containsExactly("new-" + marker);
	}

	private Instant hoursAgo(long hours) {
		return now.minus(Duration.ofHours(hours));
	}

	private long comment(long article, String status, Instant created, Instant moderated) {
		long id = jdbc.sql("""
				insert into comment (article_id, status, author_name, author_email, body, created_at, ip_hash,
				                     visitor_key, moderated_at)
				values (?, ?, 'Retained', 'retained@example.com', ?, ?, 'hash-' || ?, 'key-' || ?, ?) returning id""")
			.params(article, status, "Retention " + marker, created.atOffset(ZoneOffset.UTC), marker, marker,
					moderated == null ? null : moderated.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		jdbc.sql("update comment set root_id = id where id = ?").param(id).update();
		return id;
	}

	private long vote(long comment, Instant at) {
		return jdbc.sql("""
				insert into vote (item_type, item_id, value, voter_key, ip_hash, created_at)
				values ('COMMENT', ?, 4, ?, 'hash', ?) returning id""")
			.params(comment, "voter-" + UUID.randomUUID(), at.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	private long report(long comment, Instant at) {
		return jdbc.sql("""
				insert into comment_report (comment_id, reporter_key, ip_hash, reason, created_at)
				values (?, ?, 'hash', null, ?) returning id""")
			.params(comment, "reporter-" + UUID.randomUUID(), at.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	private long feedback(long article, Instant at) {
		return jdbc.sql(
				"insert into page_feedback (article_id, kind, ip_hash, created_at) values (?, 'USEFUL', 'hash', ?) returning id")
			.params(article, at.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	private java.util.List<Object> hashes(String table, String first, String second, long id) {
		var row = jdbc.sql("select " + first + " as a, " + second + " as b from " + table + " where id = ?")
			.param(id)
			.query()
			.singleRow();
		return java.util.Arrays.asList(row.get("a"), row.get("b"));
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private boolean exists(long comment) {
		return count("select count(*) from comment where id = ?", comment) == 1;
	}

}
