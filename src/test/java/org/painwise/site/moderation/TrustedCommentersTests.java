package org.painwise.site.moderation;

import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.TestCsrf;
import org.painwise.site.comments.EmailConfirmations;
import org.painwise.site.comments.TestConfirmations;
import org.painwise.site.staff.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With trusted commenters switched on: a confirmed writer with three published comments
 * and no recent rejection has plain comments published at once, flagged ones held; a
 * rejection or a moderator's revocation holds the next one.
 */
@SiteTest
@TestPropertySource(properties = "moderation.trusted-commenters.enabled=true")
@Transactional
class TrustedCommentersTests extends QueueTestSupport {

	@Autowired
	EmailConfirmations confirmations;

	@Test
	void aTrustedCommentersPlainCommentIsPublishedAtOnceAndAFlaggedOneIsHeld() throws Exception {
		regular("tess@example.com", 3);
		String words = "Gentle stretching each morning helped me. " + System.nanoTime();
		mvc.perform(fixtures.post("pregabalin", "Tess", "tess@example.com", words))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("commentNotice", "comment.thanks.published"));
		assertThat(fixtures.status(fixtures.latestBy("tess@example.com"))).isEqualTo("PUBLISHED");
		mvc.perform(get("/articles/pregabalin")).andExpect(content().string(containsString(words)));

		mvc.perform(fixtures.post("pregabalin", "Tess", "tess@example.com", "Should I take it with my other tablets?"))
			.andExpect(flash().attribute("commentNotice", "comment.thanks"));
		assertThat(fixtures.status(fixtures.latestBy("tess@example.com"))).as("asks for medical advice")
			.isEqualTo("HELD");
		mvc.perform(fixtures.post("pregabalin", "Tess", "tess@example.com",
				"See https://a.example, https://b.example and https://c.example"));
		assertThat(fixtures.status(fixtures.latestBy("tess@example.com"))).as("links").isEqualTo("HELD");
	}

	@Test
	void tooFewPublishedAnUnconfirmedAddressOrARecentRejectionMeansHeld() throws Exception {
		regular("two@example.com", 2);
		mvc.perform(fixtures.post("pregabalin", "Two", "two@example.com", "A plain comment."));
		assertThat(fixtures.status(fixtures.latestBy("two@example.com"))).isEqualTo("HELD");

		for (int i = 0; i < 3; i++) {
			fixtures.comment("pregabalin", null, "PUBLISHED", "Una", "una@example.com", "Earlier " + i,
					60 * 24 * (10 + i), "{}", false);
		}
		mvc.perform(
				fixtures.post("pregabalin", "Una", "una@example.com", "A plain comment from an unconfirmed address."));
		assertThat(fixtures.status(fixtures.latestBy("una@example.com"))).isEqualTo("HELD");

		regular("rae@example.com", 4);
		long rude = fixtures.held("pregabalin", "Rae", "rae@example.com", "Something rude.", 5);
		mvc.perform(post("/staff/moderation/{id}/reject", rude).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("expected", "HELD")).andExpect(status().isFound());
		// rejected comments are deleted after 30 days; the rejection still counts for the
		// quiet period
		jdbc.sql("delete from comment where id = ?").param(rude).update();
		mvc.perform(fixtures.post("pregabalin", "Rae", "rae@example.com", "A plain comment after a rejection."));
		assertThat(fixtures.status(fixtures.latestBy("rae@example.com"))).isEqualTo("HELD");
	}

	@Test
	void aModeratorWhoStopsTrustingAWriterHasTheirNextCommentHeld() throws Exception {
		regular("vic@example.com", 3);
		mvc.perform(fixtures.post("pregabalin", "Vic", "vic@example.com", "Published at once."));
		long published = fixtures.latestBy("vic@example.com");
		assertThat(fixtures.status(published)).isEqualTo("PUBLISHED");

		mvc.perform(get("/staff/moderation").param("view", "all").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(content().string(containsString("Trusted: their comments are published at once")));
		mvc.perform(post("/staff/moderation/{id}/revoke-trust", published).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("view", "all"))
			.andExpect(status().isFound())
			.andExpect(
					flash().attribute("flash", "Vic is no longer trusted: their next comments wait for a moderator."));
		assertThat(fixtures.auditCount("commenter.trust-revoked", published)).isOne();

		mvc.perform(fixtures.post("pregabalin", "Vic", "vic@example.com", "Held again."));
		assertThat(fixtures.status(fixtures.latestBy("vic@example.com"))).isEqualTo("HELD");
	}

	/**
	 * A writer with a confirmed address and this many published comments from earlier.
	 */
	private void regular(String email, int published) {
		TestConfirmations.confirmed(jdbc, confirmations, email);
		for (int i = 0; i < published; i++) {
			fixtures.comment("pregabalin", null, "PUBLISHED", "Regular", email, "Earlier comment " + i,
					60 * 24 * (20 + i), "{}", false);
		}
	}

}
