package org.painwise.site.ratings;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.shared.SiteSecrets;
import org.painwise.site.SiteTest;
import org.painwise.site.StatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painwise.site.ratings.RatingFixtures.VISITOR;
import static org.painwise.site.ratings.RatingFixtures.OTHER_VISITOR;
import static org.painwise.site.ratings.RatingFixtures.vote;
import static org.painwise.site.ratings.ShowingRatingsTests.widget;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reader who rated an article or a comment sees their own rating when they come back,
 * from their visitor cookie; nobody else sees it, and it costs the page no extra
 * statement.
 */
@SiteTest
@Transactional
class OwnRatingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SiteSecrets secrets;

	@PersistenceContext
	EntityManager entityManager;

	RatingFixtures fixtures;

	long article;

	long comment;

	@BeforeEach
	void fixtures() {
		fixtures = new RatingFixtures(jdbc, secrets);
		article = fixtures.articleId("duloxetine");
		comment = fixtures.comment("duloxetine", "PUBLISHED", "Ffion");
		fixtures.votes("COMMENT", comment, 5, 5);
	}

	@Test
	void afterAReloadTheReaderSeesTheirOwnStarsOnTheArticleAndOnAComment() throws Exception {
		mvc.perform(vote("/articles/duloxetine/rating", "4").cookie(fixtures.visitor(VISITOR)))
			.andExpect(status().isFound());
		mvc.perform(vote("/comments/" + comment + "/rating", "2").cookie(fixtures.visitor(VISITOR)))
			.andExpect(status().isFound());

		String html = page(get("/articles/duloxetine").cookie(fixtures.visitor(VISITOR)));
		String articleStars = widget(html, "rating-article-" + article);
		assertThat(articleStars)
			.contains("<p class=\"rating-own\">You rated this 4 out of 5.</p>",
					"value=\"4\" aria-label=\"4 stars\" checked=\"checked\">")
			.containsOnlyOnce("checked=\"checked\"");
		String commentStars = widget(html, "rating-comment-" + comment);
		assertThat(commentStars)
			.contains("<p class=\"rating-summary\">Rating: 4.00/5. From 3 votes.</p>",
					"<p class=\"rating-own\">You rated this 2 out of 5.</p>",
					"value=\"2\" aria-label=\"2 stars\" checked=\"checked\">")
			.containsOnlyOnce("checked=\"checked\"");
	}

	@Test
	void nobodyElseSeesIt() throws Exception {
		mvc.perform(vote("/articles/duloxetine/rating", "4").cookie(fixtures.visitor(VISITOR)))
			.andExpect(status().isFound());
		mvc.perform(vote("/comments/" + comment + "/rating", "2").cookie(fixtures.visitor(VISITOR)))
			.andExpect(status().isFound());

		for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] { get("/articles/duloxetine"),
				get("/articles/duloxetine").cookie(fixtures.visitor(OTHER_VISITOR)) }) {
			String html = page(request);
			assertThat(html).contains("Rating: 4.00/5. From 3 votes.")
				.doesNotContain("class=\"rating-own\"", "checked=\"checked\"")
				.doesNotContainPattern("You rated this [1-5]");
		}
	}

	@Test
	void aReaderWhoHasNotRatedSeesNoRatingOfTheirOwn() throws Exception {
		String html = page(get("/articles/duloxetine").cookie(fixtures.visitor(VISITOR)));
		assertThat(html).doesNotContain("class=\"rating-own\"", "checked=\"checked\"")
			.doesNotContainPattern("You rated this [1-5]");
	}

	@Test
	void theirOwnRatingsCostNoExtraStatement() throws Exception {
		mvc.perform(vote("/articles/duloxetine/rating", "4").cookie(fixtures.visitor(VISITOR)))
			.andExpect(status().isFound());
		mvc.perform(vote("/comments/" + comment + "/rating", "2").cookie(fixtures.visitor(VISITOR)))
			.andExpect(status().isFound());
		long anonymous = statementsFor(get("/articles/duloxetine"));
		long notRated = statementsFor(get("/articles/duloxetine").cookie(fixtures.visitor(OTHER_VISITOR)));
		long rated = statementsFor(get("/articles/duloxetine").cookie(fixtures.visitor(VISITOR)));
		// their votes come with the summaries; the one statement a cookie adds looks for
		// their held comments
		assertThat(rated).isEqualTo(notRated).isEqualTo(anonymous + 1);
	}

	private long statementsFor(MockHttpServletRequestBuilder request) throws Exception {
		mvc.perform(request).andExpect(status().isOk());
		entityManager.clear();
		StatementCounter.reset();
		mvc.perform(request).andExpect(status().isOk());
		return StatementCounter.count();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
