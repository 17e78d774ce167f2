package org.painwise.site.moderation;

import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.TestCsrf;
import org.painwise.site.staff.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Featured comments: a moderator chooses a published comment with an optional note; the
 * article shows at most three above the thread, newest choice first, each linking to its
 * place; they lead the most helpful order; stopping is one action; both are audited.
 */
@SiteTest
@Transactional
class FeaturedCommentsTests extends QueueTestSupport {

	@Test
	void aFeaturedCommentShowsAboveTheThreadWithItsNoteAndLinksToItsPlace() throws Exception {
		long chosen = fixtures.comment("duloxetine", null, "PUBLISHED", "Hana", "hana@example.com",
				"Taking it with breakfast stopped the nausea for me.", 60 * 24 * 5, "{}", false);
		mvc.perform(get("/articles/duloxetine"))
			.andExpect(content().string(not(containsString("Chosen by our moderators"))));

		mvc.perform(feature(chosen, "A practical tip many readers asked about").param("view", "all"))
			.andExpect(redirectedUrl("/staff/moderation?view=all#comment-" + chosen))
			.andExpect(flash().attribute("flash", containsString("The comment is featured")));

		mvc.perform(get("/articles/duloxetine"))
			.andExpect(content().string(allOf(containsString("Chosen by our moderators"),
					containsString("<blockquote>Taking it with breakfast stopped the nausea for me.</blockquote>"),
					containsString("A practical tip many readers asked about"),
					containsString("href=\"/comments/" + chosen + "\""))));
		assertThat(fixtures.auditCount("comment.featured", chosen)).isOne();
		mvc.perform(get("/staff/moderation").param("view", "all").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(content().string(containsString("/staff/moderation/" + chosen + "/unfeature")));

		mvc.perform(post("/staff/moderation/{id}/unfeature", chosen).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())).andExpect(flash().attribute("flash", "The comment is no longer featured."));
		mvc.perform(get("/articles/duloxetine"))
			.andExpect(content().string(not(containsString("Chosen by our moderators"))));
		assertThat(fixtures.auditCount("comment.unfeatured", chosen)).isOne();
	}

	@Test
	void atMostThreeShowNewestChoiceFirstAndTheyLeadTheMostHelpfulOrder() throws Exception {
		long unfeatured = fixtures.comment("nortriptyline", null, "PUBLISHED", "Earliest", "earliest@example.com",
				"The oldest comment, not featured.", 60 * 24 * 60, "{}", false);
		long[] ids = new long[4];
		for (int i = 0; i < 4; i++) {
			ids[i] = fixtures.comment("nortriptyline", null, "PUBLISHED", "Writer " + i, "w" + i + "@example.com",
					"Featured words number " + i + ".", 60 * 24 * (40 - i), "{}", false);
			mvc.perform(feature(ids[i], null));
			jdbc.sql("update comment set featured_at = now() - make_interval(mins => ?) where id = ?")
				.params(10 - i, ids[i])
				.update();
		}
		String page = mvc.perform(get("/articles/nortriptyline")).andReturn().getResponse().getContentAsString();
		String featured = page.substring(page.indexOf("Chosen by our moderators"),
				page.indexOf("</section>", page.indexOf("Chosen by our moderators")));
		assertThat(featured).doesNotContain("Featured words number 0.");
		assertThat(featured.indexOf("Featured words number 3."))
			.isLessThan(featured.indexOf("Featured words number 2."));
		assertThat(featured.indexOf("Featured words number 2."))
			.isLessThan(featured.indexOf("Featured words number 1."));

		String helpful = mvc.perform(get("/articles/nortriptyline").param("comments-order", "helpful"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String thread = helpful.substring(helpful.indexOf("class=\"comment-list\""));
		assertThat(thread.indexOf("id=\"comment-" + ids[3] + "\"")).as("newest choice leads")
			.isPositive()
			.isLessThan(thread.indexOf("id=\"comment-" + ids[0] + "\""));
		assertThat(thread.indexOf("id=\"comment-" + ids[0] + "\"")).as("featured before the oldest, unfeatured one")
			.isLessThan(thread.indexOf("id=\"comment-" + unfeatured + "\""));
	}

	@Test
	void onlyAPublishedCommentCanBeFeatured() throws Exception {
		long held = fixtures.held("duloxetine", "Ivo", "ivo@example.com", "Still waiting.", 5);
		mvc.perform(feature(held, "No"))
			.andExpect(flash().attribute("flashProblem", "Only a published comment can be featured."));
		assertThat(fixtures.auditCount("comment.featured", held)).isZero();
		mvc.perform(
				post("/staff/moderation/{id}/feature", held).with(staff.as(StaffLogins.EDITOR)).with(TestCsrf.csrf()))
			.andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder feature(long id, String note) {
		var request = post("/staff/moderation/{id}/feature", id).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf());
		return note == null ? request : request.param("note", note);
	}

}
