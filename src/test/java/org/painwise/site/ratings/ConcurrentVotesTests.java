package org.painwise.site.ratings;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many readers voting on the same item at the same moment, against the real PostgreSQL:
 * no vote is lost or counted twice, one visitor still gets one vote, and the hourly limit
 * per address holds exactly. Not in a test transaction: every vote commits on its own, as
 * on the site. The article and its votes are removed afterwards.
 */
@SiteTest
class ConcurrentVotesTests {

	private static final int THREADS = 32;

	/** Ids of comments no other test has, for votes on many items. */
	private static final long LIMIT_ITEMS = 900_000_000L;

	@Autowired
	Ratings ratings;

	@Autowired
	RatingProperties properties;

	@Autowired
	JdbcClient jdbc;

	RatingFixtures fixtures;

	long article;

	@BeforeEach
	void anArticleOfItsOwn() {
		fixtures = new RatingFixtures(jdbc);
		article = fixtures.article("concurrent-votes", "PUBLISHED");
	}

	@AfterEach
	void removeIt() {
		jdbc.sql("delete from vote where item_type = 'ARTICLE' and item_id = ? or ip_hash = 'one-busy-address'")
			.param(article)
			.update();
		jdbc.sql("delete from rating_summary where item_type = 'ARTICLE' and item_id = ?").param(article).update();
		jdbc.sql("delete from article where id = ?").param(article).update();
	}

	@Test
	void twoHundredAndFiftyConcurrentVotesAreAllCountedExactly() throws Exception {
		int votes = 250;
		List<Callable<Ratings.Outcome>> tasks = new ArrayList<>();
		long expectedSum = 0;
		for (int i = 0; i < votes; i++) {
			int value = i % 5 + 1;
			expectedSum += value;
			Ratings.Voter voter = new Ratings.Voter("voter-" + i, "address-" + i, null);
			tasks.add(() -> ratings.vote(RatedItem.article(article), value, voter));
		}

		List<Ratings.Outcome> outcomes = runTogether(tasks);

		assertThat(outcomes).hasSize(votes).allMatch(Ratings.Outcome.Rated.class::isInstance);
		assertThat(fixtures.stored("ARTICLE", article)).isEqualTo(new RatingSummary(votes, expectedSum));
		assertThat(fixtures.counted("ARTICLE", article)).isEqualTo(new RatingSummary(votes, expectedSum));
		// every vote saw a different count: each one's upsert added exactly one
		assertThat(outcomes.stream().map(outcome -> ((Ratings.Outcome.Rated) outcome).summary().count()).distinct())
			.hasSize(votes);
	}

	@Test
	void oneVisitorSendingTheSameVoteManyTimesAtOnceGetsOneVote() throws Exception {
		List<Callable<Ratings.Outcome>> tasks = new ArrayList<>();
		for (int i = 0; i < 64; i++) {
			// a different address each time, so only the cookie key can tell
			Ratings.Voter voter = new Ratings.Voter("the-same-visitor", "address-" + i, null);
			tasks.add(() -> ratings.vote(RatedItem.article(article), 5, voter));
		}

		List<Ratings.Outcome> outcomes = runTogether(tasks);

		assertThat(outcomes).filteredOn(Ratings.Outcome.Rated.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(Ratings.Outcome.AlreadyRated.class::isInstance).hasSize(63);
		assertThat(fixtures.stored("ARTICLE", article)).isEqualTo(new RatingSummary(1, 5))
			.isEqualTo(fixtures.counted("ARTICLE", article));
	}

	@Test
	void theHourlyLimitOfOneAddressHoldsUnderConcurrentVotes() throws Exception {
		int limit = properties.votesPerHour();
		List<Callable<Ratings.Outcome>> tasks = new ArrayList<>();
		for (int i = 0; i < limit * 2; i++) {
			// each on an item of its own, as one address may vote on an item once a day
			Ratings.Voter voter = new Ratings.Voter("limited-voter-" + i, "one-busy-address", null);
			RatedItem item = RatedItem.comment(LIMIT_ITEMS + i);
			tasks.add(() -> ratings.vote(item, 4, voter));
		}

		List<Ratings.Outcome> outcomes;
		try {
			outcomes = runTogether(tasks);
		}
		finally {
			jdbc.sql("delete from rating_summary where item_type = 'COMMENT' and item_id >= ?")
				.param(LIMIT_ITEMS)
				.update();
		}

		assertThat(outcomes).filteredOn(Ratings.Outcome.Rated.class::isInstance).hasSize(limit);
		assertThat(outcomes).filteredOn(Ratings.Outcome.TooMany.class::isInstance).hasSize(limit);
		assertThat(jdbc.sql("select count(*) from vote where ip_hash = 'one-busy-address'").query(Long.class).single())
			.isEqualTo(limit);
	}

	@Test
	void oneAddressSendingVotesOnOneItemUnderManyCookiesAtOnceGetsOneVote() throws Exception {
		List<Callable<Ratings.Outcome>> tasks = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			Ratings.Voter voter = new Ratings.Voter("cookie-" + i, "one-household", null);
			tasks.add(() -> ratings.vote(RatedItem.article(article), 3, voter));
		}

		List<Ratings.Outcome> outcomes = runTogether(tasks);

		assertThat(outcomes).filteredOn(Ratings.Outcome.Rated.class::isInstance).hasSize(1);
		assertThat(fixtures.stored("ARTICLE", article)).isEqualTo(new RatingSummary(1, 3))
			.isEqualTo(fixtures.counted("ARTICLE", article));
	}

	/**
	 * Starts every task at the same moment on a pool of threads and waits for all of
	 * them.
	 */
	private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
