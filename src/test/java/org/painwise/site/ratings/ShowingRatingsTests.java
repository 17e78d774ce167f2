package org.painwise.site.ratings;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.shared.SiteSecrets;
import org.painwise.site.shared.TestVisitors;
import org.painwise.site.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The stars and the summary under articles and comments, as a reader sees them.
 */
@SiteTest
@Transactional
class ShowingRatingsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SiteSecrets secrets;

	RatingFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new RatingFixtures(jdbc);
	}

	@Test
	void theArticleHasAnAccessibleFiveStarFormWithItsSummary() throws Exception {
		long id = fixtures.articleId("amitriptyline");
		String html = page("/articles/amitriptyline");
		String widget = widget(html, "rating-article-" + id);
		assertThat(widget).contains("action=\"/articles/amitriptyline/rating\"", "method=\"post\"",
				"<legend>How useful was this article to you?</legend>",
				"<button type=\"submit\" class=\"secondary\">Rate</button>", "aria-live=\"polite\"",
				"<p class=\"rating-summary\">Rating: 4.12/5. From 26 votes.</p>");
		// each star a radio button named by its label, in the label the stylesheet draws
		assertThat(widget).contains(
				"<label><input type=\"radio\" name=\"value\" value=\"1\" aria-label=\"1 star\" required=\"required\">");
		for (int n = 2; n <= 5; n++) {
			assertThat(widget).contains("<label><input type=\"radio\" name=\"value\" value=\"" + n + "\" aria-label=\""
					+ n + " stars\"><svg class=\"star\" aria-hidden=\"true\"><use href=\"#star\"/></svg></label>");
		}
		assertThat(widget).as("no per-visitor token in a page that is the same for everyone").doesNotContain("_csrf");
		assertThat(html).as("the star's drawing, once a page").containsOnlyOnce("<symbol id=\"star\"");
		assertThat(html).contains("<h2 id=\"rating-heading\">Rate this article</h2>");
		// the stars come before the comments, and the script is a static file
		assertThat(html.indexOf("id=\"rating\"")).isLessThan(html.indexOf("id=\"comments\""));
		assertThat(html).containsPattern("<script src=\"/js/ratings-[0-9a-f]+\\.js\" defer></script>");
	}

	@Test
	void theSummarySaysTheAverageToTwoDecimalsAndTheNumberOfVotes() throws Exception {
		fixtures.article("many-votes", "PUBLISHED");
		fixtures.article("one-vote", "PUBLISHED");
		fixtures.article("no-votes", "PUBLISHED");
		fixtures.article("rounding", "PUBLISHED");
		// 28 votes adding up to 102: 3.642857...
		fixtures.votes("ARTICLE", fixtures.articleId("many-votes"), 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 4, 4,
				3, 3, 3, 3, 3, 3, 2, 2, 2, 1, 1);
		fixtures.votes("ARTICLE", fixtures.articleId("one-vote"), 3);
		// 25 / 8 = 3.125 exactly, which is rounded up
		fixtures.votes("ARTICLE", fixtures.articleId("rounding"), 5, 5, 3, 3, 3, 2, 2, 2);

		assertThat(summaryOf("many-votes")).isEqualTo("Rating: 3.64/5. From 28 votes.");
		assertThat(summaryOf("one-vote")).isEqualTo("Rating: 3.00/5. From 1 vote.");
		assertThat(summaryOf("no-votes")).isEqualTo("No ratings yet.");
		assertThat(summaryOf("rounding")).isEqualTo("Rating: 3.13/5. From 8 votes.");
	}

	@Test
	void everyPublishedCommentHasItsOwnStarsAndAHeldOneHasNone() throws Exception {
		long maria = jdbc.sql("""
				select c.id from comment c join article a on a.id = c.article_id
				where a.slug = 'amitriptyline' and c.author_name = 'Maria' and c.parent_id is null
				order by c.created_at limit 1""").query(Long.class).single();
		String html = page("/articles/amitriptyline");
		String widget = widget(html, "rating-comment-" + maria);
		assertThat(widget).contains("action=\"/comments/" + maria + "/rating\"",
				"<legend>Rate this comment by Maria</legend>", "value=\"5\" aria-label=\"5 stars\"",
				"<p class=\"rating-summary\">Rating: 4.71/5. From 7 votes.</p>");
		long published = jdbc.sql("""
				select count(*) from comment c join article a on a.id = c.article_id
				where a.slug = 'amitriptyline' and c.status = 'PUBLISHED'""").query(Long.class).single();
		assertThat(html.split("action=\"/comments/[0-9]+/rating\"", -1)).hasSize((int) published + 1);
		assertThat(html).contains("<p class=\"rating-summary\">No ratings yet.</p>");

		// the visitor's own held comment shows, without stars
		long held = fixtures.comment("amitriptyline", "HELD", "Waiting");
		jdbc.sql("update comment set visitor_key = ? where id = ?").params(RatingFixtures.VISITOR, held).update();
		String own = mvc
			.perform(get("/articles/amitriptyline").cookie(TestVisitors.cookie(secrets, RatingFixtures.VISITOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).contains("id=\"comment-" + held + "\"").doesNotContain("rating-comment-" + held);
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

	private String summaryOf(String slug) throws Exception {
		String widget = widget(page("/articles/" + slug), "rating-article-" + fixtures.articleId(slug));
		int start = widget.indexOf("<p class=\"rating-summary\">") + "<p class=\"rating-summary\">".length();
		return widget.substring(start, widget.indexOf("</p>", start));
	}

	/** The form with this id, from its start tag to its end. */
	static String widget(String html, String id) {
		int idAt = html.indexOf("id=\"" + id + "\"");
		assertThat(idAt).as("the rating form " + id).isPositive();
		int start = html.lastIndexOf("<form", idAt);
		return html.substring(start, html.indexOf("</form>", start) + "</form>".length());
	}

}
