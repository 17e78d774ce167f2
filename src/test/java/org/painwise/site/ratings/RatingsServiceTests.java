package org.painwise.site.ratings;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.StatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The ratings service on its own: votes, summaries, and rebuilding summaries from the
 * votes.
 */
@SiteTest
@Transactional
class RatingsServiceTests {

	@Autowired
	Ratings ratings;

	@Autowired
	JdbcClient jdbc;

	RatingFixtures fixtures;

	long article;

	@BeforeEach
	void fixtures() {
		fixtures = new RatingFixtures(jdbc);
		article = fixtures.articleId("nortriptyline");
	}

	@Test
	void aVoteIsKeptAsItsOwnRowAndTheSummaryMatchesTheRows() {
		RatedItem item = RatedItem.article(article);
		assertThat(ratings.vote(item, 4, voter("a", "ip-a")))
			.isEqualTo(new Ratings.Outcome.Rated(new RatingSummary(1, 4)));
		assertThat(ratings.vote(item, 2, voter("b", "ip-b")))
			.isEqualTo(new Ratings.Outcome.Rated(new RatingSummary(2, 6)));
		assertThat(ratings.vote(item, 5, voter("a", "ip-c")))
			.isEqualTo(new Ratings.Outcome.AlreadyRated(new RatingSummary(2, 6)));
		assertThat(ratings.summary(item)).isEqualTo(fixtures.counted("ARTICLE", article))
			.isEqualTo(new RatingSummary(2, 6));
	}

	@Test
	void aVisitorWithoutACookieGetsOneOnlyWhenTheirVoteIsRecorded() {
		RatedItem item = RatedItem.article(article);
		String[] handedOut = new String[1];
		Ratings.Voter newcomer = new Ratings.Voter(null, "ip-shared", () -> handedOut[0] = "fresh-key");
		assertThat(ratings.vote(item, 3, newcomer)).isInstanceOf(Ratings.Outcome.Rated.class);
		assertThat(handedOut[0]).isEqualTo("fresh-key");
		assertThat(fixtures.latestVote("ARTICLE", article).voterKey()).isEqualTo("fresh-key");

		Ratings.Voter again = new Ratings.Voter(null, "ip-shared", () -> {
			throw new AssertionError("no key for a refused vote");
		});
		assertThat(ratings.vote(item, 3, again)).isInstanceOf(Ratings.Outcome.AlreadyRated.class);
	}

	@Test
	void aValueOutsideOneToFiveIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ratings.vote(RatedItem.article(article), 0, voter("a", "ip")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ratings.vote(RatedItem.article(article), 6, voter("a", "ip")));
		assertThat(fixtures.counted("ARTICLE", article)).isEqualTo(RatingSummary.NONE);
	}

	@Test
	void summariesOfManyItemsAreReadInOneStatement() {
		List<Long> comments = jdbc.sql("select id from comment where status = 'PUBLISHED' order by id")
			.query(Long.class)
			.list();
		StatementCounter.reset();
		Map<Long, RatingSummary> summaries = ratings.summaries(RatedItem.Kind.COMMENT, comments);
		assertThat(StatementCounter.count()).isEqualTo(1);
		assertThat(summaries).hasSize(comments.size());
		comments.forEach(id -> assertThat(summaries.get(id)).isEqualTo(fixtures.counted("COMMENT", id)));
		assertThat(summaries.values()).contains(RatingSummary.NONE, new RatingSummary(7, 33));

		StatementCounter.reset();
		assertThat(ratings.summaries(RatedItem.Kind.COMMENT, List.of())).isEmpty();
		assertThat(StatementCounter.count()).isZero();
	}

	@Test
	void summariesCanBeRebuiltFromTheVotes() {
		long amitriptyline = fixtures.articleId("amitriptyline");
		fixtures.votes("ARTICLE", article, 5, 1, 3);
		// damage the summaries every way they could go wrong
		jdbc.sql("update rating_summary set vote_count = 999, vote_sum = 1 where item_type = 'ARTICLE' and item_id = ?")
			.param(amitriptyline)
			.update();
		jdbc.sql("delete from rating_summary where item_type = 'ARTICLE' and item_id = ?").param(article).update();
		jdbc.sql("insert into rating_summary values ('COMMENT', 987654321, 4, 20)").update();

		int items = ratings.rebuildSummaries();

		assertThat(items)
			.isEqualTo(jdbc.sql("select count(distinct (item_type, item_id)) from vote").query(Integer.class).single());
		assertThat(fixtures.stored("ARTICLE", amitriptyline)).isEqualTo(new RatingSummary(26, 107));
		assertThat(fixtures.stored("ARTICLE", article)).isEqualTo(new RatingSummary(3, 9));
		assertThat(fixtures.stored("COMMENT", 987654321)).isEqualTo(RatingSummary.NONE);
		assertThat(jdbc.sql("""
				select count(*) from rating_summary s
				full join (select item_type, item_id, count(*) as n, sum(value) as total from vote group by 1, 2) v
				  on v.item_type = s.item_type and v.item_id = s.item_id
				where v.n is distinct from s.vote_count or v.total is distinct from s.vote_sum""")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theSummaryTextKeysAndAverages() {
		assertThat(RatingSummary.NONE.average()).isNull();
		assertThat(RatingSummary.NONE.messageKey()).isEqualTo("ratings.summary.none");
		assertThat(new RatingSummary(1, 5).messageKey()).isEqualTo("ratings.summary.one");
		assertThat(new RatingSummary(1, 5).messageArguments()).containsExactly("5.00", 1L);
		assertThat(new RatingSummary(28, 102).messageArguments()).containsExactly("3.64", 28L);
		assertThat(new RatingSummary(3, 2).average()).hasToString("0.67");
	}

	private static Ratings.Voter voter(String key, String ipHash) {
		return new Ratings.Voter(key, ipHash, () -> {
			throw new AssertionError("a visitor with a cookie needs no new key");
		});
	}

}
