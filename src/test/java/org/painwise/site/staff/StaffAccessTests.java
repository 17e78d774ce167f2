package org.painwise.site.staff;

import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.painwise.site.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may open which staff page: a login for all of them, and the role for each part,
 * with least privilege. Roles are checked again on the services, and every form needs its
 * CSRF token.
 */
@SiteTest
class StaffAccessTests extends StaffTestSupport {

	@Autowired
	StaffAccountAdministration administration;

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		for (String page : new String[] { "/staff", "/staff/accounts", "/staff/accounts/new", "/staff/accounts/1",
				"/staff/account/password", "/staff/moderation", "/staff/articles/new", "/staff/anything" }) {
			mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void aModeratorCannotManageAccountsAndSeesTheSites403Page() throws Exception {
		mvc.perform(get("/staff/accounts").with(staff.as(DemoStaffAccounts.MODERATOR)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(allOf(containsString("You can’t do that here"),
					containsString("Skip to main content"), containsString("0306 999 0123"),
					containsString("href=\"/css/site-"), not(containsString("Whitelabel")))));
		mvc.perform(get("/staff/accounts/new").with(staff.as(DemoStaffAccounts.MODERATOR)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staff/accounts/new").with(staff.as(DemoStaffAccounts.EDITOR)))
			.andExpect(status().isForbidden());
	}

	@Test
	void eachPartOfTheStaffAreaNeedsItsOwnRole() throws Exception {
		// pages that do not exist yet answer 404 once the rules let a member through, 403
		// before
		expect(DemoStaffAccounts.MODERATOR, "/staff/moderation", 200);
		expect(DemoStaffAccounts.MODERATOR, "/staff/responses", 200);
		expect(DemoStaffAccounts.MODERATOR, "/staff/responses/999999", 404);
		expect(DemoStaffAccounts.MODERATOR, "/staff/audit", 200);
		expect(DemoStaffAccounts.MODERATOR, "/staff/articles", 403);
		expect(DemoStaffAccounts.MODERATOR, "/staff/people", 403);

		expect(DemoStaffAccounts.EDITOR, "/staff/articles/new", 200);
		expect(DemoStaffAccounts.EDITOR, "/staff/topics", 200);
		expect(DemoStaffAccounts.EDITOR, "/staff/reviews", 200);
		expect(DemoStaffAccounts.EDITOR, "/staff/moderation", 403);
		expect(DemoStaffAccounts.EDITOR, "/staff/responses", 403);
		expect(DemoStaffAccounts.EDITOR, "/staff/audit", 403);
		expect(DemoStaffAccounts.EDITOR, "/staff/accounts", 403);

		// admins manage accounts, read the audit log and do editorial work, but do not
		// moderate on that alone
		expect(DemoStaffAccounts.ADMIN, "/staff/accounts", 200);
		expect(DemoStaffAccounts.ADMIN, "/staff/audit", 200);
		expect(DemoStaffAccounts.ADMIN, "/staff/moderation", 403);
		expect(DemoStaffAccounts.ADMIN, "/staff/articles", 200);

		// everyone has the dashboard and their own password page; unknown staff pages are
		// refused
		for (DemoStaffAccounts.Demo demo : DemoStaffAccounts.ALL) {
			expect(demo, "/staff", 200);
			expect(demo, "/staff/account/password", 200);
			expect(demo, "/staff/unknown-page", 403);
		}
	}

	@Test
	void aMemberWithTwoRolesHasBoth() throws Exception {
		TestStaff.Account both = staff.create("Two Hats", StaffRole.MODERATOR, StaffRole.EDITOR);
		mvc.perform(get("/staff/moderation").with(staff.as(both))).andExpect(status().isOk());
		mvc.perform(get("/staff/articles").with(staff.as(both))).andExpect(status().isOk());
		mvc.perform(get("/staff/accounts").with(staff.as(both))).andExpect(status().isForbidden());
	}

	@Test
	void everyFormNeedsItsCsrfToken() throws Exception {
		TestStaff.Account target = staff.create("Csrf Target", StaffRole.EDITOR);
		RequestPostProcessor admin = staff.as(DemoStaffAccounts.ADMIN);
		String[] forms = { "/staff/accounts", "/staff/accounts/" + target.id(),
				"/staff/accounts/" + target.id() + "/disable", "/staff/accounts/" + target.id() + "/enable",
				"/staff/accounts/" + target.id() + "/password", "/staff/account/password", "/logout" };
		for (String form : forms) {
			// a same-origin browser post is not enough in the staff area: it needs the
			// token too
			mvc.perform(post(form).with(admin)
				.with(org.painwise.site.TestOrigin.sameOrigin())
				.param("displayName", "Changed")
				.param("roles", "ADMIN")
				.param("password", "a-brand-new-password-here")
				.param("email", "csrf-new@test.example")).andExpect(status().isForbidden());
			mvc.perform(post(form).with(admin).with(csrf().useInvalidToken()).param("displayName", "Changed"))
				.andExpect(status().isForbidden());
		}
		mvc.perform(post("/login").param("username", target.email()).param("password", target.password()))
			.andExpect(status().isForbidden());
		assertThat(staff.isEnabled(target.email())).isTrue();
		assertThat(staff.rolesOf(target.email())).containsExactly(StaffRole.EDITOR);
		assertThat(jdbc.sql("select count(*) from staff_account where email = 'csrf-new@test.example'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	@WithMockUser(roles = "MODERATOR")
	void theAccountServiceRefusesAModeratorWhateverTheUrl() {
		assertThatThrownBy(() -> administration.list()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> administration.disable(new StaffMember(1, "x@y.z", "X", java.util.Set.of()), 2))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void theAccountServiceServesAnAdmin() {
		assertThat(administration.list()).extracting(StaffAccountSummary::email)
			.contains(DemoStaffAccounts.ADMIN.email());
	}

	@Test
	void theAccountServiceRefusesAnyoneNotSignedIn() {
		assertThatThrownBy(() -> administration.list()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	private void expect(DemoStaffAccounts.Demo demo, String page, int status) throws Exception {
		mvc.perform(get(page).with(staff.as(demo)))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).as(demo.displayName() + " on " + page)
				.isEqualTo(status));
	}

}
