package org.painwise.site.ratings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The article list sorted by rating: highest first by a Bayesian average, so that a
 * single five-star vote does not put an article at the top.
 */
@SiteTest
@Transactional
class ArticleListByRatingTests {

	private static final Pattern CARD_LINK = Pattern
		.compile("<h[23] class=\"card-title\"><a href=\"/articles/([a-z0-9-]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	RatingFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new RatingFixtures(jdbc);
	}

	@Test
	void theListCanBeSortedByRatingAndSaysSo() throws Exception {
		String html = mvc.perform(get("/articles").param("sort", "rating"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<option value=\"rating\" selected=\"selected\">Highest rated first</option>");
	}

	@Test
	void theRatedListShowsEachArticlesRatingOnItsCard() throws Exception {
		String html = mvc.perform(get("/articles").param("sort", "rating"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the sample: amitriptyline 4.12 from 26 votes, gabapentin 5.00 from a single
		// vote, nortriptyline none
		assertThat(card(html, "amitriptyline")).contains("<p class=\"card-rating\">Rating: 4.12/5. From 26 votes.</p>");
		assertThat(card(html, "gabapentin")).contains("<p class=\"card-rating\">Rating: 5.00/5. From 1 vote.</p>");
		assertThat(card(html, "nortriptyline")).contains("<p class=\"card-rating\">No ratings yet.</p>");

		fixtures.votes("ARTICLE", fixtures.articleId("nortriptyline"), 4, 5);
		html = mvc.perform(get("/articles").param("sort", "rating")).andReturn().getResponse().getContentAsString();
		assertThat(card(html, "nortriptyline")).contains("<p class=\"card-rating\">Rating: 4.50/5. From 2 votes.</p>");
	}

	private static String card(String html, String slug) {
		int start = html.indexOf("<a href=\"/articles/" + slug + "\"");
		assertThat(start).as(slug).isPositive();
		return html.substring(start, html.indexOf("</li>", start));
	}

	@Test
	void oneFiveStarVoteDoesNotBeatManyGoodOnes() throws Exception {
		// the sample: amitriptyline 4.12 from 26 votes, gabapentin 5.00 from a single
		// vote
		List<String> order = slugsSortedByRating(1);
		assertThat(order.indexOf("amitriptyline")).isLessThan(order.indexOf("gabapentin"));
		assertThat(order.get(0)).isNotEqualTo("gabapentin");

		// an unrated article given one five-star vote does not go to the top either
		fixtures.votes("ARTICLE", fixtures.articleId("nortriptyline"), 5);
		order = slugsSortedByRating(1);
		assertThat(order.indexOf("amitriptyline")).isLessThan(order.indexOf("nortriptyline"));
		assertThat(order.get(0)).isNotEqualTo("nortriptyline");

		// but many of them do
		fixtures.votes("ARTICLE", fixtures.articleId("nortriptyline"), 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5);
		assertThat(slugsSortedByRating(1).get(0)).isEqualTo("nortriptyline");
	}

	@Test
	void theOrderIsTheBayesianAverageOfEveryPublishedArticle() throws Exception {
		List<String> expected = jdbc
			.sql("""
					with prior as (select sum(vote_sum)::numeric / sum(vote_count) as mean from rating_summary where item_type = 'ARTICLE')
					select a.slug from article a cross join prior
					left join rating_summary s on s.item_type = 'ARTICLE' and s.item_id = a.id
					where a.status = 'PUBLISHED'
					order by (5 * prior.mean + coalesce(s.vote_sum, 0)) / (5 + coalesce(s.vote_count, 0)) desc,
					         coalesce(s.vote_count, 0) desc, a.first_published desc, a.slug""")
			.query(String.class)
			.list();
		List<String> shown = new ArrayList<>(slugsSortedByRating(1));
		for (int page = 2; shown.size() < expected.size(); page++) {
			shown.addAll(slugsSortedByRating(page));
		}
		assertThat(shown).isEqualTo(expected);
	}

	@Test
	void pagesOfTheRatedListKeepTheOrder() throws Exception {
		for (int i = 0; i < 12; i++) {
			fixtures.article("extra-" + i, "PUBLISHED");
		}
		String html = mvc.perform(get("/articles").param("sort", "rating"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("href=\"/articles?sort=rating&amp;page=2\"");
		mvc.perform(get("/articles").param("sort", "rating").param("page", "3")).andExpect(status().isOk());
		mvc.perform(get("/articles").param("sort", "rating").param("page", "4")).andExpect(status().isNotFound());
	}

	private List<String> slugsSortedByRating(int page) throws Exception {
		String html = mvc.perform(get("/articles").param("sort", "rating").param("page", Integer.toString(page)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> slugs = new ArrayList<>();
		Matcher matcher = CARD_LINK.matcher(html);
		while (matcher.find()) {
			slugs.add(matcher.group(1));
		}
		return slugs;
	}

}
