package org.painwise.site.moderation;

import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.TestCsrf;
import org.painwise.site.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Moderators who read distressing comments all day: such comments are blurred until shown
 * (a choice each moderator keeps), a moderator can say they are looking at a comment so
 * others do not answer the same person twice, and the dashboard suggests a break after
 * many crisis comments.
 */
@SiteTest
@Transactional
class LookingAfterModeratorsTests extends QueueTestSupport {

	@Test
	void crisisCommentsAreBlurredUntilShownUnlessTheModeratorChoseOtherwise() throws Exception {
		String moderator = staff.create("Bethan Blur", StaffRole.MODERATOR);
		long crisis = fixtures.comment("pregabalin", null, "HELD", "Dewi", "dewi@example.com",
				"Some days I can't go on like this.", 20, "{CRISIS}", false);
		String queue = queue(moderator);
		String item = queue.substring(queue.indexOf("id=\"comment-" + crisis + "\""));
		item = item.substring(0, item.indexOf("</article>"));
		assertThat(item).contains("<details class=\"sensitive-comment\">", "<summary>Show the comment",
				"class=\"sensitive-preview\" aria-hidden=\"true\"");

		mvc.perform(post("/staff/moderation/alerts").with(staff.as(moderator)).with(TestCsrf.csrf()))
			.andExpect(status().isFound());
		String unblurred = queue(moderator);
		unblurred = unblurred.substring(unblurred.indexOf("id=\"comment-" + crisis + "\""));
		assertThat(unblurred.substring(0, unblurred.indexOf("</article>"))).doesNotContain("sensitive-comment")
			.contains("can&#39;t go on");
	}

	@Test
	void aClaimShowsToOthersWhoCanStillActAndItLapsesOrGoesWithTheDecision() throws Exception {
		String priya = staff.create("Priya Claim", StaffRole.MODERATOR);
		String owen = staff.create("Owen Other", StaffRole.MODERATOR);
		long comment = fixtures.held("pregabalin", "Cerys", "cerys@example.com", "A question about timing.", 30);

		mvc.perform(post("/staff/moderation/{id}/claim", comment).with(staff.as(priya)).with(TestCsrf.csrf()))
			.andExpect(flash().attribute("flash", "Other moderators can see that you are looking at this comment."));
		assertThat(queue(priya)).contains("You are looking at this, since");
		assertThat(queue(owen)).contains("Priya Claim is looking at this, since",
				"You can still act on it, but you may answer the same person twice.");

		// ten minutes on, the claim has lapsed
		jdbc.sql("update comment_claim set claimed_at = now() - interval '11 minutes' where comment_id = ?")
			.param(comment)
			.update();
		assertThat(queue(owen)).doesNotContain("Priya Claim is looking at this");

		mvc.perform(post("/staff/moderation/{id}/claim", comment).with(staff.as(priya)).with(TestCsrf.csrf()));
		mvc.perform(post("/staff/moderation/{id}/publish", comment).with(staff.as(owen))
			.with(TestCsrf.csrf())
			.param("expected", "HELD")).andExpect(status().isFound());
		assertThat(fixtures.status(comment)).isEqualTo("PUBLISHED");
		assertThat(jdbc.sql("select count(*) from comment_claim where comment_id = ?")
			.param(comment)
			.query(Long.class)
			.single()).as("a decided comment is nobody's").isZero();
	}

	@Test
	void afterManyCrisisCommentsInADayTheDashboardSuggestsABreak() throws Exception {
		String moderator = staff.create("Gwyn Busy", StaffRole.MODERATOR);
		for (int i = 0; i < 5; i++) {
			long crisis = fixtures.comment("pregabalin", null, "HELD", "Writer " + i, "w" + i + ".crisis@example.com",
					"I can't go on, number " + i, 20, "{CRISIS}", false);
			mvc.perform(post("/staff/moderation/{id}/publish", crisis).with(staff.as(moderator))
				.with(TestCsrf.csrf())
				.param("expected", "HELD"));
			if (i == 0) {
				mvc.perform(get("/staff").with(staff.as(moderator)))
					.andExpect(content()
						.string(allOf(containsString("You have handled 1 comment with crisis language today."),
								not(containsString("Please take a break")))));
			}
		}
		mvc.perform(get("/staff").with(staff.as(moderator)))
			.andExpect(content().string(allOf(containsString("You have handled 5 comments with crisis language today."),
					containsString("Please take a break"), containsString("Our employee assistance line"),
					containsString("href=\"https://intranet.painwise.example/wellbeing\""))));
	}

	private String queue(String moderator) throws Exception {
		return mvc.perform(get("/staff/moderation").with(staff.as(moderator)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
