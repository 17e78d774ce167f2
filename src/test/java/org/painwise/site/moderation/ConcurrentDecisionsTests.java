package org.painwise.site.moderation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.comments.CommentStatus;
import org.painwise.site.shared.SiteSecrets;
import org.painwise.site.staff.StaffMember;
import org.painwise.site.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two moderators deciding on the same comment at the same moment, in two transactions:
 * exactly one decision is made and recorded, and the other is told who made it.
 */
@SiteTest
class ConcurrentDecisionsTests {

	@Autowired
	ModerationDecisions decisions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SiteSecrets secrets;

	@Autowired
	Clock clock;

	@Test
	void ofTwoSimultaneousDecisionsExactlyOneIsMade() throws Exception {
		QueueFixtures fixtures = new QueueFixtures(jdbc, secrets, clock);
		for (int round = 0; round < 5; round++) {
			long comment = fixtures.held("coming-off-pain-medicines-safely", "Race " + round, "race@example.com",
					"Two moderators at once.", 10);
			StaffMember james = new StaffMember(1, "james@example.com", "James", Set.of(StaffRole.MODERATOR));
			StaffMember nia = new StaffMember(2, "nia@example.com", "Nia", Set.of(StaffRole.MODERATOR));
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				List<Future<ModerationDecisions.Result>> results = new ArrayList<>();
				results
					.add(pool.submit(() -> decideAfter(start, comment, ModerationDecisions.Decision.PUBLISH, james)));
				results.add(pool.submit(() -> decideAfter(start, comment, ModerationDecisions.Decision.REJECT, nia)));
				start.countDown();
				List<ModerationDecisions.Result> outcomes = new ArrayList<>();
				for (Future<ModerationDecisions.Result> result : results) {
					outcomes.add(result.get());
				}
				assertThat(outcomes).filteredOn(ModerationDecisions.Result.Done.class::isInstance).hasSize(1);
				ModerationDecisions.Result.AlreadyHandled loser = outcomes.stream()
					.filter(ModerationDecisions.Result.AlreadyHandled.class::isInstance)
					.map(ModerationDecisions.Result.AlreadyHandled.class::cast)
					.findFirst()
					.orElseThrow();
				String status = fixtures.status(comment);
				assertThat(loser.current().name()).isEqualTo(status);
				assertThat(loser.by()).isEqualTo(status.equals("PUBLISHED") ? "James" : "Nia");
				assertThat(
						jdbc.sql("select count(*) from audit_entry where subject_type = 'comment' and subject_id = ?")
							.param(Long.toString(comment))
							.query(Long.class)
							.single())
					.isOne();
				assertThat(jdbc
					.sql("select count(*) from comment_status_change where comment_id = ? and from_status = 'HELD'")
					.param(comment)
					.query(Long.class)
					.single()).isOne();
			}
			finally {
				pool.shutdownNow();
			}
		}
	}

	private ModerationDecisions.Result decideAfter(CountDownLatch start, long comment,
			ModerationDecisions.Decision decision, StaffMember by) throws InterruptedException {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(by.email(), null, "ROLE_MODERATOR"));
		try {
			start.await();
			return decisions.decide(comment, CommentStatus.HELD, decision, null, by);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
