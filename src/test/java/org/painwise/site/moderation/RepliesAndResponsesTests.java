package org.painwise.site.moderation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.TestCsrf;
import org.painwise.site.staff.StaffLogins;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Replies from the queue with standard responses, managing the responses, and the audit
 * log that records all of it.
 */
@SiteTest
@Transactional
class RepliesAndResponsesTests extends QueueTestSupport {

	long responseId(String title) {
		return jdbc.sql("select id from standard_response where title = ?").param(title).query(Long.class).single();
	}

	@Test
	void pickingAResponseFillsTheReplyBoxWithTheCommentersFirstNameAndTheSitesDetails() throws Exception {
		long comment = fixtures.comment("pregabalin", null, "HELD", "Morwenna Tregear", "morwenna@example.com",
				"Should I up my dose before my holiday?", 45, "{MEDICAL_ADVICE}", false);
		long cantAdvise = responseId("Can’t advise on your own case");

		mvc.perform(get("/staff/moderation/{id}/reply", comment).param("response", Long.toString(cantAdvise))
			.with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Reply to Morwenna Tregear</h1>"),
					containsString(">Hi Morwenna, thank you for your comment."),
					containsString("our helpline is on 0306 999 0123 (Monday to Friday, 10am to 4pm).</textarea>"),
					containsString("Can’t advise on your own case (suggested)"),
					containsString("signed “James, Painwise”"),
					containsString("Publish Morwenna Tregear’s comment and this reply"),
					not(containsString("{name}")))));

		long urgent = responseId("Urgent support");
		mvc.perform(get("/staff/moderation/{id}/reply", comment).param("response", Long.toString(urgent))
			.with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(content().string(allOf(containsString("Samaritans: call 116 123 free, any time, day or night"),
					containsString("call 999 or go to A&amp;E"), not(containsString("{crisisline}")))));
	}

	@Test
	void publishAndReplyPublishesTheCommentAndASignedReplyMarkedAsTheCharitys() throws Exception {
		long article = fixtures.articleId("pregabalin");
		long comment = fixtures.comment("pregabalin", null, "HELD", "Tegwen", "tegwen@example.com",
				"Can I take it with paracetamol?", 45, "{MEDICAL_ADVICE}", false);
		long cantAdvise = responseId("Can’t advise on your own case");

		mvc.perform(post("/staff/moderation/{id}/reply", comment).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("body", "Hi Tegwen, please ask your pharmacist, who can check this for you today.")
			.param("response", Long.toString(cantAdvise))
			.param("expected", "HELD")
			.param("view", "held")
			.param("article", Long.toString(article)))
			.andExpect(redirectedUrl("/staff/moderation?article=" + article))
			.andExpect(flash().attribute("flash", "Your reply to Tegwen is published under their comment."));

		assertThat(fixtures.status(comment)).isEqualTo("PUBLISHED");
		String reply = jdbc.sql("select body from comment where parent_id = ? and staff_name = 'James'")
			.param(comment)
			.query(String.class)
			.single();
		assertThat(reply)
			.isEqualTo("Hi Tegwen, please ask your pharmacist, who can check this for you today.\n\nJames, Painwise");
		assertThat(jdbc.sql("select detail from audit_entry where action = 'comment.replied' and subject_id = ?")
			.param(Long.toString(comment))
			.query(String.class)
			.single()).isEqualTo("Standard response: Can’t advise on your own case");
		assertThat(fixtures.auditCount("comment.published", comment)).isOne();

		mvc.perform(get("/articles/pregabalin"))
			.andExpect(content().string(allOf(containsString("Can I take it with paracetamol?"),
					containsString("Painwise team"), containsString(
							"please ask your pharmacist, who can check this for you today.\n\nJames, Painwise"))));
	}

	@Test
	void anEmptyReplyComesBackWithAMessageAndAReplyToARejectedCommentIsRefused() throws Exception {
		long comment = fixtures.held("pregabalin", "Sioned", "sioned@example.com", "Thank you.", 45);
		mvc.perform(post("/staff/moderation/{id}/reply", comment).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("body", "   ")
			.param("expected", "HELD"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("There is a problem"), containsString("Write your reply."),
					containsString("href=\"#body\""), containsString("id=\"body-error\""))));
		assertThat(fixtures.status(comment)).isEqualTo("HELD");

		jdbc.sql("update comment set status = 'REJECTED', moderated_by = 'Nia', moderated_at = now() where id = ?")
			.param(comment)
			.update();
		mvc.perform(post("/staff/moderation/{id}/reply", comment).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("body", "Hello")
			.param("expected", "HELD"))
			.andExpect(flash().attribute("flashProblem", containsString("Already handled by Nia at")));
		assertThat(
				jdbc.sql("select count(*) from comment where parent_id = ?").param(comment).query(Long.class).single())
			.isZero();
	}

	@Test
	void theCharitysUsualResponsesAreListedAndCanBeChanged() throws Exception {
		mvc.perform(get("/staff/responses").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(content().string(allOf(containsString("Can’t advise on your own case"),
					containsString("Speak to your prescriber before changing a dose"),
					containsString("Our helpline and forum"), containsString("Thanks for sharing"),
					containsString("Urgent support"))));

		mvc.perform(post("/staff/responses").with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("title", "Welcome back")
			.param("body", "Hi {nmae}, good to hear from you on {article}. {sitename}")
			.param("position", "50")
			.param("active", "on"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("There is a problem"),
					containsString("The text uses placeholders the site does not know: {nmae}, {sitename}."),
					containsString("Hi {nmae}, good to hear from you"))));
		assertThat(jdbc.sql("select count(*) from standard_response where title = 'Welcome back'")
			.query(Long.class)
			.single()).isZero();

		mvc.perform(post("/staff/responses").with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("title", "Welcome back")
			.param("body", "Hi {name}, good to see you again.")
			.param("position", "50")
			.param("active", "on"))
			.andExpect(redirectedUrl("/staff/responses"))
			.andExpect(flash().attribute("flash", "Added the standard response “Welcome back”."));
		long id = responseId("Welcome back");

		mvc.perform(post("/staff/responses/{id}", id).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("title", "Welcome back")
			.param("body", "Hi {name}, lovely to see you again.")
			.param("position", "60")
			.param("suggestedFor", "")).andExpect(redirectedUrl("/staff/responses"));
		assertThat(
				jdbc.sql("select active from standard_response where id = ?").param(id).query(Boolean.class).single())
			.isFalse();
		String[] change = jdbc.sql("""
				select actor_name, before_value, after_value from audit_entry
				where action = 'response.changed' and subject_id = ?""")
			.param(Long.toString(id))
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.single();
		assertThat(change[0]).isEqualTo("James");
		assertThat(change[1]).contains("Active: yes", "good to see you again");
		assertThat(change[2]).contains("Active: no", "Order: 60", "lovely to see you again");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'response.created' and subject_id = ?")
			.param(Long.toString(id))
			.query(Long.class)
			.single()).isOne();

		// a response not in use is not offered
		long comment = fixtures.held("pregabalin", "Mair", "mair@example.com", "Hello.", 5);
		mvc.perform(get("/staff/moderation/{id}/reply", comment).with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(
					content().string(allOf(containsString("Thanks for sharing"), not(containsString("Welcome back")))));
	}

	@Test
	void theAuditLogShowsDecisionsAndAccountChangesFilteredByPersonAndDate() throws Exception {
		String nia = staff.create("Nia Audit");
		long comment = fixtures.held("pregabalin", "Rhian", "rhian@example.com", "Useful, thanks.", 45);
		mvc.perform(post("/staff/moderation/{id}/publish", comment).with(staff.as(nia))
			.with(TestCsrf.csrf())
			.param("expected", "HELD"));

		mvc.perform(post("/staff/accounts").with(staff.as(StaffLogins.ADMIN))
			.with(TestCsrf.csrf())
			.param("email", "gethin.audit@test.example")
			.param("displayName", "Gethin")
			.param("roles", "MODERATOR")
			.param("password", "a-long-enough-password-for-gethin")).andExpect(status().is3xxRedirection());

		mvc.perform(get("/staff/audit").with(staff.as(StaffLogins.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Published a comment"), containsString("Nia Audit"),
					containsString("HELD → PUBLISHED"), containsString("Created a staff account"),
					containsString("Gethin, roles: MODERATOR"), not(containsString("gethin.audit@test.example")))));

		long gethin = staff.idOf("gethin.audit@test.example");
		mvc.perform(post("/staff/accounts/{id}", gethin).with(staff.as(StaffLogins.ADMIN))
			.with(TestCsrf.csrf())
			.param("displayName", "Gethin")
			.param("roles", "MODERATOR", "EDITOR")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("""
				select actor_name || ': ' || before_value || ' -> ' || after_value from audit_entry
				where action = 'account.roles_changed' and subject_id = ?""")
			.param(Long.toString(gethin))
			.query(String.class)
			.single()).isEqualTo("Sam: MODERATOR -> EDITOR, MODERATOR");

		long niaId = staff.idOf(nia);
		mvc.perform(get("/staff/audit").param("staff", Long.toString(niaId)).with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(content()
				.string(allOf(containsString("Published a comment"), not(containsString("Created a staff account")))));
		String tomorrow = LocalDate.now(clock).plusDays(2).toString();
		mvc.perform(get("/staff/audit").param("from", tomorrow).with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(content()
				.string(allOf(containsString("Nothing was recorded"), not(containsString("Nia Audit</td>")))));
		mvc.perform(get("/staff/audit").param("from", "14/03/2026").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(allOf(containsString("A date could not be read"), containsString("value=\"14/03/2026\""))));
		// a date Java can hold but the log cannot is not a date either, and never a 500
		mvc.perform(get("/staff/audit").param("to", "+999999999-12-31").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A date could not be read")));
		mvc.perform(get("/staff/audit").param("from", "0001-01-01")
			.param("to", "9999-12-31")
			.with(staff.as(StaffLogins.MODERATOR))).andExpect(status().isBadRequest());
	}

}
