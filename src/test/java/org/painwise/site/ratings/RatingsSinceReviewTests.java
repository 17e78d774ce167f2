package org.painwise.site.ratings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.painwise.site.SiteTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.articles.ArticleEditing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painwise.site.ratings.RatingFixtures.from;
import static org.painwise.site.ratings.RatingFixtures.vote;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every vote on an article records the review it was cast against; once the article is
 * reviewed again, its page also shows how readers rate the text as it is now, and the
 * list can be sorted by those votes only.
 */
@SiteTest
@Transactional
class RatingsSinceReviewTests extends SiteTestSupport {

	@Autowired
	ArticleEditing editing;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	RatingFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new RatingFixtures(jdbc, secrets);
	}

	@Test
	void afterAReviewThePageShowsTheVotesCastSince() throws Exception {
		long article = fixtures.article("reviewed-again", "PUBLISHED");
		for (int i = 0; i < 3; i++) {
			mvc.perform(vote("/articles/reviewed-again/rating", "2").with(from("198.51.100." + (60 + i))))
				.andExpect(status().isFound());
		}
		String before = page("/articles/reviewed-again");
		assertThat(before).contains("Rating: 2.00/5. From 3 votes.")
			.doesNotContain("since this page was last reviewed");

		LocalDate today = LocalDate.now();
		long reviewer = jdbc.sql("select reviewer_id from article where id = ?")
			.param(article)
			.query(Long.class)
			.single();
		editing.markReviewed(article, reviewer, today, today.plusYears(3), null);
		assertThat(page("/articles/reviewed-again")).contains("Rating: 2.00/5. From 3 votes.",
				"No votes yet since this page was last reviewed on " + DAY.format(today) + ".");

		mvc.perform(vote("/articles/reviewed-again/rating", "5").with(from("198.51.100.70")))
			.andExpect(status().isFound());
		mvc.perform(vote("/articles/reviewed-again/rating", "4").with(from("198.51.100.71")))
			.andExpect(status().isFound());
		assertThat(page("/articles/reviewed-again")).contains("Rating: 3.00/5. From 5 votes.",
				"4.50/5 from 2 votes since this page was last reviewed on " + DAY.format(today) + ".");
		assertThat(jdbc.sql("select count(*) from vote where item_type = 'ARTICLE' and item_id = ? and reviewed_on = ?")
			.params(article, today)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theListCanBeSortedByTheVotesCastSinceEachArticlesLastReview() {
		long oldFavourite = fixtures.article("old-favourite", "PUBLISHED");
		long reviewedWell = fixtures.article("reviewed-well", "PUBLISHED");
		// many good votes on the old text of one article, then a review and poor votes on
		// the new text
		fixtures.votes("ARTICLE", oldFavourite, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5);
		jdbc.sql("update article set last_reviewed = current_date where id = ?").param(oldFavourite).update();
		jdbc.sql("""
				insert into vote (item_type, item_id, value, voter_key, ip_hash, reviewed_on)
				select 'ARTICLE', ?, 1, 'since-' || g, 'since-ip-' || g, current_date from generate_series(1, 4) g""")
			.param(oldFavourite)
			.update();
		fixtures.resummarise("ARTICLE", oldFavourite);
		jdbc.sql("""
				insert into vote (item_type, item_id, value, voter_key, ip_hash, reviewed_on)
				select 'ARTICLE', ?, 4, 'well-' || g, 'well-ip-' || g, (select last_reviewed from article where id = ?)
				from generate_series(1, 4) g""").params(reviewedWell, reviewedWell).update();
		fixtures.resummarise("ARTICLE", reviewedWell);

		var all = new ArticleRatingRanking(jdbc, new RatingProperties(30, 5, RatingProperties.RankBy.ALL_VOTES))
			.rankPublished(PageRequest.of(0, 100))
			.getContent();
		var sinceReview = new ArticleRatingRanking(jdbc,
				new RatingProperties(30, 5, RatingProperties.RankBy.SINCE_REVIEW))
			.rankPublished(PageRequest.of(0, 100))
			.getContent();
		assertThat(all.indexOf(oldFavourite)).isLessThan(all.indexOf(reviewedWell));
		assertThat(sinceReview.indexOf(reviewedWell)).isLessThan(sinceReview.indexOf(oldFavourite));
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

}
