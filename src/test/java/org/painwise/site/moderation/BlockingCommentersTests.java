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
 * A moderator blocks a comment's writer: their new comments are refused with their text
 * given back, nothing is saved, their held comments can be rejected in the same step, the
 * address can be blocked for a while too, and every block and unblock is in the audit
 * log.
 */
@SiteTest
@Transactional
class BlockingCommentersTests extends QueueTestSupport {

	@Test
	void aBlockedWritersNextCommentIsRefusedWithTheirTextKeptAndTheirHeldCommentsRejected() throws Exception {
		mvc.perform(fixtures.post("pregabalin", "Vex", "vex@example.com", "First nasty comment."))
			.andExpect(status().isFound());
		mvc.perform(fixtures.post("amitriptyline", "Vex", "vex@example.com", "Second nasty comment."))
			.andExpect(status().isFound());
		long first = fixtures.latestBy("vex@example.com") - 1;
		long second = fixtures.latestBy("vex@example.com");

		mvc.perform(get("/staff/moderation").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(content().string(containsString("href=\"/staff/moderation/" + second + "/block\"")));
		mvc.perform(get("/staff/moderation/{id}/block", second).with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Block Vex (v•••@example.com)"),
					containsString("Also reject their 2 comments waiting in the queue"),
					containsString("Also block their network address"))));

		mvc.perform(post("/staff/moderation/{id}/block", second).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("reason", "Insults other readers")
			.param("rejectHeld", "true")
			.param("_rejectHeld", "on")
			.param("addressDays", "30"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/staff/moderation/blocked"))
			.andExpect(flash().attribute("flash",
					"Blocked Vex (v•••@example.com). Their 2 comments waiting in the queue were rejected."));

		assertThat(fixtures.status(first)).isEqualTo("REJECTED");
		assertThat(fixtures.status(second)).isEqualTo("REJECTED");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'commenter.blocked' and detail like ?")
			.param("From comment " + second + ". Reason: Insults other readers")
			.query(Long.class)
			.single()).isOne();

		String words = "I am back, under a new name. " + System.nanoTime();
		mvc.perform(fixtures.post("pregabalin", "Someone New", "VEX@Example.com", words))
			.andExpect(status().isForbidden())
			.andExpect(content().string(allOf(containsString("stopped comments from this email address"),
					containsString(words), containsString("Your text is below so you can copy it."))));
		assertThat(jdbc.sql("select count(*) from comment where body = ?").param(words).query(Long.class).single())
			.as("nothing is saved, so nothing reaches the queue")
			.isZero();

		// only the email address was blocked: someone else is not
		mvc.perform(fixtures.post("pregabalin", "Other", "other.reader@example.com", "A kind comment."))
			.andExpect(status().isFound());

		mvc.perform(get("/staff/moderation/blocked").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(content()
				.string(allOf(containsString("Vex (v•••@example.com)"), containsString("Insults other readers"),
						containsString("Not blocked"), not(containsString("vex@example.com")))));
	}

	@Test
	void unblockingLetsTheWriterCommentAgainAndIsAudited() throws Exception {
		long comment = fixtures.held("pregabalin", "Wren", "wren@example.com", "Something rude.", 10);
		block(comment, "Rude", null);
		mvc.perform(fixtures.post("pregabalin", "Wren", "wren@example.com", "Refused while blocked."))
			.andExpect(status().isForbidden());
		long block = jdbc.sql("select id from commenter_block where shown_as like 'Wren %'").query(Long.class).single();

		mvc.perform(post("/staff/moderation/blocked/{id}/unblock", block).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf()))
			.andExpect(redirectedUrl("/staff/moderation/blocked"))
			.andExpect(flash().attribute("flash",
					"The block is lifted. New comments from this writer go to the queue again."));

		mvc.perform(fixtures.post("pregabalin", "Wren", "wren@example.com", "Allowed again after the block."))
			.andExpect(status().isFound());
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'commenter.unblocked' and subject_id = ?")
			.param(Long.toString(block))
			.query(Long.class)
			.single()).isOne();
		mvc.perform(post("/staff/moderation/blocked/{id}/unblock", block).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())).andExpect(flash().attribute("flash", "That block had already been lifted."));
	}

	@Test
	void anAddressBlockRefusesAnyEmailFromThatAddressUntilItEnds() throws Exception {
		mvc.perform(fromAddress(fixtures.post("pregabalin", "Xan", "xan@example.com", "From the blocked address."),
				"192.0.2.200"))
			.andExpect(status().isFound());
		long comment = fixtures.latestBy("xan@example.com");
		block(comment, "Spamming every article", "7");
		assertThat(jdbc
			.sql("select address_until > now() + interval '6 days' from commenter_block where shown_as like 'Xan %'")
			.query(Boolean.class)
			.single()).isTrue();

		mvc.perform(fromAddress(fixtures.post("pregabalin", "Yan", "yan@example.com", "Same address, new email."),
				"192.0.2.200"))
			.andExpect(status().isForbidden());
		mvc.perform(
				fromAddress(fixtures.post("pregabalin", "Zan", "zan@example.com", "Another address."), "192.0.2.201"))
			.andExpect(status().isFound());

		// once the address part has ended, only the email address stays blocked
		jdbc.sql("update commenter_block set address_until = now() - interval '1 minute' where shown_as like 'Xan %'")
			.update();
		mvc.perform(fromAddress(fixtures.post("pregabalin", "Yan", "yan@example.com", "Same address, later."),
				"192.0.2.200"))
			.andExpect(status().isFound());
		mvc.perform(fromAddress(fixtures.post("pregabalin", "Xan", "xan@example.com", "Still blocked by email."),
				"192.0.2.202"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aBlockNeedsAReasonAndSensibleDaysAndKeepsWhatWasTyped() throws Exception {
		long comment = fixtures.held("pregabalin", "Ash", "ash@example.com", "Words.", 10);
		mvc.perform(post("/staff/moderation/{id}/block", comment).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("reason", "   "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(
					allOf(containsString("There is a problem"), containsString("Enter why you are blocking them"))));
		mvc.perform(post("/staff/moderation/{id}/block", comment).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("reason", "Threats to another reader")
			.param("blockAddress", "true")
			.param("addressDays", "9999"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Enter a number of days from 1 to 365"),
					containsString("Threats to another reader"))));
		mvc.perform(post("/staff/moderation/{id}/block", comment).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("reason", "Fine")
			.param("addressDays", "many"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a number of days from 1 to 365")));
		assertThat(
				jdbc.sql("select count(*) from commenter_block where shown_as like 'Ash %'").query(Long.class).single())
			.isZero();
	}

	@Test
	void onlyModeratorsBlockAndOnlyReadersCommentsCanBeBlocked() throws Exception {
		long comment = fixtures.held("pregabalin", "Bo", "bo@example.com", "Words.", 10);
		mvc.perform(get("/staff/moderation/blocked").with(staff.as(StaffLogins.EDITOR)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/staff/moderation/{id}/block", comment).with(staff.as(StaffLogins.EDITOR))
			.with(TestCsrf.csrf())
			.param("reason", "No")).andExpect(status().isForbidden());
		mvc.perform(get("/staff/moderation/{id}/block", 987654321L).with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/staff/moderation/{id}/block", "not-a-number").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(status().is4xxClientError());
		assertThat(
				jdbc.sql("select count(*) from commenter_block where shown_as like 'Bo %'").query(Long.class).single())
			.isZero();
	}

	@Test
	void theAuditTrailOffersToBlockTheWriterOfACommentItNames() throws Exception {
		long comment = fixtures.held("pregabalin", "Cy", "cy@example.com", "Words to reject.", 10);
		mvc.perform(post("/staff/moderation/{id}/reject", comment).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("expected", "HELD")).andExpect(status().isFound());
		mvc.perform(get("/staff/audit").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(content().string(containsString("href=\"/staff/moderation/" + comment + "/block\"")));
		mvc.perform(get("/staff/audit").with(staff.as(StaffLogins.ADMIN)))
			.andExpect(content().string(not(containsString("/block\""))));
	}

	@Test
	void withTrustSwitchedOffAsItIsByDefaultARegularsCommentIsHeldLikeAnyone() throws Exception {
		for (int i = 0; i < 5; i++) {
			fixtures.comment("pregabalin", null, "PUBLISHED", "Reg", "reg@example.com", "Earlier " + i,
					60 * 24 * (20 + i), "{}", false);
		}
		jdbc.sql("insert into email_confirmation (email_hash, requested_at, confirmed_at) values (?, now(), now())")
			.param(context.getBean(org.painwise.site.comments.EmailConfirmations.class).hashOf("reg@example.com"))
			.update();
		mvc.perform(fixtures.post("pregabalin", "Reg", "reg@example.com", "A plain comment."))
			.andExpect(status().isFound());
		assertThat(fixtures.status(fixtures.latestBy("reg@example.com"))).isEqualTo("HELD");
	}

	private void block(long comment, String reason, String addressDays) throws Exception {
		MockHttpServletRequestBuilder request = post("/staff/moderation/{id}/block", comment)
			.with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("reason", reason)
			.param("addressDays", addressDays == null ? "30" : addressDays);
		if (addressDays != null) {
			request.param("blockAddress", "true");
		}
		mvc.perform(request).andExpect(redirectedUrl("/staff/moderation/blocked"));
	}

	private static MockHttpServletRequestBuilder fromAddress(MockHttpServletRequestBuilder request, String address) {
		return request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
	}

}
