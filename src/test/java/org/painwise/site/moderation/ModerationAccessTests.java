package org.painwise.site.moderation;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.TestCsrf;
import org.painwise.site.shared.SiteSecrets;
import org.painwise.site.staff.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may use the moderation pages: signed-in moderators only (admins may read the audit
 * log), and every form needs its CSRF token.
 */
@SiteTest
@Transactional
class ModerationAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SiteSecrets secrets;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	StandardResponses responses;

	QueueFixtures fixtures;

	StaffLogins staff;

	@BeforeEach
	void setUp() {
		fixtures = new QueueFixtures(jdbc, secrets, clock);
		staff = new StaffLogins(context);
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		for (String page : new String[] { "/staff/moderation", "/staff/moderation?view=spam",
				"/staff/moderation/1/reply", "/staff/moderation/alerts", "/staff/responses", "/staff/responses/new",
				"/staff/audit" }) {
			mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
		}
		long comment = fixtures.held("pregabalin", "Anon", "anon@example.com", "Hello.", 5);
		mvc.perform(post("/staff/moderation/{id}/publish", comment).with(TestCsrf.csrf()).param("expected", "HELD"))
			.andExpect(redirectedUrl("/login"));
		assertThat(fixtures.status(comment)).isEqualTo("HELD");
	}

	@Test
	void editorsAndAdminsCannotModerateAndModeratorsCannotManageAccounts() throws Exception {
		long comment = fixtures.held("pregabalin", "Role", "role@example.com", "Hello.", 5);
		for (String who : new String[] { StaffLogins.EDITOR, StaffLogins.ADMIN }) {
			mvc.perform(get("/staff/moderation").with(staff.as(who))).andExpect(status().isForbidden());
			mvc.perform(get("/staff/responses").with(staff.as(who))).andExpect(status().isForbidden());
			mvc.perform(post("/staff/moderation/{id}/publish", comment).with(staff.as(who))
				.with(TestCsrf.csrf())
				.param("expected", "HELD")).andExpect(status().isForbidden());
		}
		mvc.perform(get("/staff/audit").with(staff.as(StaffLogins.EDITOR))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/audit").with(staff.as(StaffLogins.ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/staff/accounts").with(staff.as(StaffLogins.MODERATOR))).andExpect(status().isForbidden());
		assertThat(fixtures.status(comment)).isEqualTo("HELD");
	}

	@Test
	void everyModerationFormNeedsItsCsrfToken() throws Exception {
		long comment = fixtures.held("pregabalin", "Csrf", "csrf@example.com", "Hello.", 5);
		String[] forms = { "/staff/moderation/" + comment + "/publish", "/staff/moderation/" + comment + "/reject",
				"/staff/moderation/" + comment + "/spam", "/staff/moderation/" + comment + "/reply",
				"/staff/moderation/bulk", "/staff/moderation/alerts", "/staff/responses", "/staff/responses/1" };
		for (String form : forms) {
			mvc.perform(post(form).with(staff.as(StaffLogins.MODERATOR))
				.param("expected", "HELD")
				.param("ids", Long.toString(comment))
				.param("action", "publish")
				.param("body", "A reply")
				.param("title", "Changed")
				.param("position", "1")).andExpect(status().isForbidden());
		}
		assertThat(fixtures.status(comment)).isEqualTo("HELD");
		assertThat(
				jdbc.sql("select count(*) from standard_response where title = 'Changed'").query(Long.class).single())
			.isZero();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void theServicesRefuseAnyoneButAModeratorWhateverTheUrl() {
		assertThatThrownBy(() -> responses.all()).isInstanceOf(AccessDeniedException.class);
	}

}
