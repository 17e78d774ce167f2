package org.painwise.site.comments;

import org.painwise.site.SiteTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.TestCsrf;
import org.painwise.site.shared.PersonalData;
import org.painwise.site.staff.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An article about a medicine asks readers a few optional questions with their comment:
 * the answers are kept with the comment, shown with it once published, erased with it,
 * and summed up on the article once ten readers have answered.
 */
@SiteTest
@Transactional
class StructuredExperiencesTests extends SiteTestSupport {

	@Autowired
	CommentPersonalData personalData;

	CommentFixtures fixtures;

	StaffLogins staff;

	long duloxetine;

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new CommentFixtures(jdbc, secrets, clock);
		staff = new StaffLogins(context);
		duloxetine = fixtures.articleId("duloxetine");
		mvc.perform(post("/staff/articles/{id}/medicine", duloxetine).with(staff.as(StaffLogins.EDITOR))
			.with(TestCsrf.csrf())
			.param("medicine", "on")
			.param("sideEffects", "Nausea\n sweating \nnausea\n"))
			.andExpect(redirectedUrl("/staff/articles/" + duloxetine + "/medicine"));
	}

	@Test
	void theAnswersAreKeptWithTheCommentShownOncePublishedAndErasedWithIt() throws Exception {
		String form = page("/articles/duloxetine");
		assertThat(form)
			.contains("<legend>Your experience of this medicine (optional)</legend>",
					"id=\"experience-effect-1\" value=\"nausea\"", "id=\"experience-effect-2\" value=\"sweating\"")
			.doesNotContain("value=\"Nausea\"");
		assertThat(page("/articles/talking-to-your-gp-about-pain")).doesNotContain("Your experience of this medicine");

		mvc.perform(fixtures.post("duloxetine", "Elin", "elin@example.com", "It took a few weeks to settle.")
			.param("takenFor", "OVER_A_YEAR")
			.param("helped", "A_LITTLE")
			.param("sideEffects", "nausea", "not-offered")
			.param("otherSideEffects", "jaw ache")).andExpect(status().isFound());
		long comment = fixtures.latest().id();
		assertThat(jdbc.sql(
				"select taken_for || ' ' || helped || ' ' || array_to_string(side_effects, ',') from comment_experience where comment_id = ?")
			.param(comment)
			.query(String.class)
			.single()).isEqualTo("OVER_A_YEAR A_LITTLE nausea");
		assertThat(jdbc.sql("select body from comment where id = ?").param(comment).query(String.class).single())
			.isEqualTo("It took a few weeks to settle.\n\nOther side effects: jaw ache");
		assertThat(jdbc.sql("select 'SIDE_EFFECT' = any(flags) from comment where id = ?")
			.param(comment)
			.query(Boolean.class)
			.single()).as("a ticked side effect").isTrue();
		assertThat(page("/articles/duloxetine")).doesNotContain("taken for over a year");

		mvc.perform(post("/staff/moderation/{id}/publish", comment).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("expected", "HELD")).andExpect(status().isFound());
		assertThat(page("/articles/duloxetine"))
			.contains("<b>Their experience:</b> taken for over a year · helped a little · side effects: nausea</p>");

		// someone answers it, so erasing keeps its place but nothing of its writer
		fixtures.publishedComment("duloxetine", "Replier", "A reply to Elin.");
		jdbc.sql("update comment set parent_id = ?, root_id = ?, depth = 1 where body = 'A reply to Elin.'")
			.params(comment, comment)
			.update();
		personalData.erase(new PersonalData.Subject("elin@example.com", null));
		assertThat(jdbc.sql("select count(*) from comment_experience where comment_id = ?")
			.param(comment)
			.query(Long.class)
			.single()).isZero();
		assertThat(page("/articles/duloxetine")).doesNotContain("taken for over a year");
	}

	@Test
	void aFormThatComesBackKeepsTheAnswers() throws Exception {
		String back = mvc
			.perform(fixtures.post("duloxetine", "", "elin@example.com", "No name given.")
				.param("takenFor", "STOPPED")
				.param("sideEffects", "sweating")
				.param("otherSideEffects", "ringing ears"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(back).contains("value=\"STOPPED\" checked=\"checked\"", "value=\"sweating\" checked=\"checked\"",
				"value=\"ringing ears\"");
	}

	@Test
	void theSummaryShowsOnlyOnceTenReadersHaveAnswered() throws Exception {
		for (int i = 0; i < 9; i++) {
			answered(i % 2 == 0 ? "A_LOT" : "NOT_AT_ALL", i < 6 ? "{nausea}" : "{sweating,nausea}");
		}
		answeredButHeld();
		assertThat(page("/articles/duloxetine")).doesNotContain("What readers say about taking it");

		answered("TOO_EARLY", "{sweating}");
		String page = page("/articles/duloxetine");
		assertThat(page).contains("What readers say about taking it",
				"Experiences shared by 10 readers in their comments.",
				"These are readers’ own reports, not evidence from clinical trials");
		String helped = page.substring(page.indexOf("<caption>Has it helped?</caption>"));
		assertThat(helped).contains("<th scope=\"row\">A lot</th>\n            <td>5</td>",
				"<th scope=\"row\">Not at all</th>\n            <td>4</td>",
				"<th scope=\"row\">Too early to say</th>\n            <td>1</td>");
		String effects = page.substring(page.indexOf("<caption>Side effects mentioned most</caption>"));
		assertThat(effects.indexOf(">nausea<")).isLessThan(effects.indexOf(">sweating<"));
		assertThat(effects).contains("<th scope=\"row\">nausea</th>\n            <td>9</td>",
				"<th scope=\"row\">sweating</th>\n            <td>4</td>");
	}

	private void answered(String helped, String sideEffects) {
		long id = fixtures.publishedComment("duloxetine", "Reader", "An experience.");
		jdbc.sql("insert into comment_experience (comment_id, helped, side_effects) values (?, ?, cast(? as text[]))")
			.params(id, helped, sideEffects)
			.update();
	}

	private void answeredButHeld() {
		long id = fixtures.publishedComment("duloxetine", "Held reader", "Not published yet.");
		jdbc.sql("update comment set status = 'HELD' where id = ?").param(id).update();
		jdbc.sql("insert into comment_experience (comment_id, helped) values (?, 'A_LOT')").param(id).update();
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

}
