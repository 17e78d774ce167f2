package org.painwise.site.staff;

import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff dashboard and layout: who is signed in, what their roles let them reach, and
 * a way to sign out.
 */
@SiteTest
class StaffDashboardTests extends StaffTestSupport {

	@Test
	void aModeratorSeesTheirNameRolesAndNoAccountManagement() throws Exception {
		mvc.perform(get("/staff").with(staff.as(DemoStaffAccounts.MODERATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Signed in as James</h1>"),
					containsString("Signed in as James</p>"), containsString("Your roles: Moderator."),
					containsString("You sign in as moderator@painwise.example."),
					containsString("href=\"/staff/account/password\""),
					containsString("<title>Dashboard | Staff | Painwise</title>"),
					containsString("<meta name=\"robots\" content=\"noindex\">"),
					not(containsString("href=\"/staff/accounts\"")), not(containsString("Manage staff accounts")))));
	}

	@Test
	void anAdminSeesStaffAccountsInTheNavigationAndOnTheDashboard() throws Exception {
		mvc.perform(get("/staff").with(staff.as(DemoStaffAccounts.ADMIN)))
			.andExpect(content().string(allOf(containsString("Signed in as Sam"),
					containsString("<a href=\"/staff\" aria-current=\"page\">Dashboard</a>"),
					containsString("<a href=\"/staff/accounts\">Staff accounts</a>"),
					containsString("Manage staff accounts"), containsString("href=\"/staff/accounts/new\""),
					containsString("Your roles: Admin."))));
		mvc.perform(get("/staff/accounts").with(staff.as(DemoStaffAccounts.ADMIN)))
			.andExpect(content().string(allOf(containsString("<a href=\"/staff\">Dashboard</a>"),
					containsString("<a href=\"/staff/accounts\" aria-current=\"page\">Staff accounts</a>"))));
		mvc.perform(get("/staff/accounts/new").with(staff.as(DemoStaffAccounts.ADMIN)))
			.andExpect(content()
				.string(containsString("<a href=\"/staff/accounts\" aria-current=\"page\">Staff accounts</a>")));
	}

	@Test
	void everyStaffPageHasASignOutFormWithItsToken() throws Exception {
		String html = mvc.perform(get("/staff").with(staff.as(DemoStaffAccounts.EDITOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).containsPattern("<form class=\"sign-out\" method=\"post\" action=\"/logout\">"
				+ "<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"/>\\s*<button type=\"submit\">Sign out</button>");
	}

	@Test
	void staffPagesHaveNoInlineScriptOrStyle() throws Exception {
		for (String page : new String[] { "/staff", "/staff/accounts", "/staff/accounts/new",
				"/staff/account/password" }) {
			String html = mvc.perform(get(page).with(staff.as(DemoStaffAccounts.ADMIN)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(page).doesNotContainPattern("(?i)<script");
			assertThat(html).as(page).doesNotContainPattern("(?i)\\sstyle\\s*=");
			assertThat(html).as(page).doesNotContainPattern("(?i)<style");
			assertThat(html).as(page).doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
		}
	}

	@Test
	void aRoleChangeShowsOnTheNextPageWithoutSigningInAgain() throws Exception {
		TestStaff.Account promoted = staff.create("Soon Admin", StaffRole.EDITOR);
		var signedIn = staff.as(promoted);
		mvc.perform(get("/staff").with(signedIn))
			.andExpect(content().string(not(containsString("Manage staff accounts"))));
		jdbc.sql("insert into staff_account_role (account_id, role) values (:id, 'ADMIN')")
			.param("id", promoted.id())
			.update();
		mvc.perform(get("/staff").with(signedIn))
			.andExpect(content()
				.string(allOf(containsString("Manage staff accounts"), containsString("Your roles: Editor, Admin."))));
		mvc.perform(get("/staff/accounts").with(signedIn)).andExpect(status().isOk());
		mvc.perform(get("/staff/accounts").with(signedIn))
			.andExpect(content().string(matchesPattern("(?s).*Soon Admin.*")));
	}

}
