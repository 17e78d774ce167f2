package org.painwise.site.staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff dashboard and layout: who is signed in, what their roles let them reach, and a way
 * to sign out.
 */
@SiteTest
class StaffDashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffAccountRepository repository;

	@Autowired
	JdbcClient jdbc;

	TestStaff staff;

	@BeforeEach
	void setUp() {
		staff = new TestStaff(accounts, new StaffUserDetailsService(repository), jdbc);
	}

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
		for (String page : new String[] { "/staff", "/staff/account/password" }) {
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

}
