package org.painwise.site.staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.TestSessions;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.painwise.site.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A staff member changes their own password at {@code /staff/account/password}.
 */
@SiteTest
class ChangingOwnPasswordTests extends StaffTestSupport {

	TestStaff.Account james;

	@BeforeEach
	void setUp() {
		james = staff.create("James Changes");
	}

	private ResultActions change(RequestPostProcessor who, String current, String next, String confirm)
			throws Exception {
		return mvc.perform(post("/staff/account/password").with(who)
			.with(csrf())
			.with(TestStaff.from(TestStaff.newAddress()))
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmPassword", confirm));
	}

	@Test
	void theFormHasLabelledPasswordFieldsAndSaysWhatIsNeeded() throws Exception {
		mvc.perform(get("/staff/account/password").with(staff.as(james)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Change your password</h1>"),
					containsString("<label for=\"currentPassword\">Current password</label>"),
					containsString("<label for=\"newPassword\">New password</label>"),
					containsString("<label for=\"confirmPassword\">Type the new password again</label>"),
					containsString("It must be at least 12 characters long"),
					containsString("autocomplete=\"new-password\""), containsString("aria-current=\"page\""),
					not(containsString("role=\"alert\"")))));
	}

	@Test
	void aWrongCurrentPasswordIsRefusedAndNoPasswordIsEchoed() throws Exception {
		change(staff.as(james), "my-wrong-current-pw", "a-perfectly-good-new-one", "a-perfectly-good-new-one")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("That is not your current password."),
					containsString("role=\"alert\""), containsString("There is a problem"),
					containsString("href=\"#currentPassword\""), containsString("aria-invalid=\"true\""),
					containsString("aria-describedby=\"currentPassword-error\""),
					not(containsString("my-wrong-current-pw")), not(containsString("a-perfectly-good-new-one")))));
		assertThat(StaffLogins.signIn(mvc, james.email(), james.password())).isNotNull();
	}

	@Test
	void aShortPasswordIsRefused() throws Exception {
		change(staff.as(james), james.password(), "short-one", "short-one").andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("The password must be at least 12 characters long."),
					containsString("href=\"#newPassword\""), not(containsString("short-one")))));
	}

	@Test
	void aCommonPasswordIsRefusedWhateverItsCase() throws Exception {
		change(staff.as(james), james.password(), "Password1234", "Password1234").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("That password is one of the most common passwords")));
		change(staff.as(james), james.password(), "QWERTYUIOP123", "QWERTYUIOP123").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("one of the most common passwords")));
	}

	@Test
	void theEmailAddressIsNotAPassword() throws Exception {
		change(staff.as(james), james.password(), james.email().toUpperCase(), james.email().toUpperCase())
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The password must not be the account’s email address.")));
	}

	@Test
	void theTwoNewPasswordsMustMatch() throws Exception {
		change(staff.as(james), james.password(), "a-perfectly-good-new-one", "a-perfectly-good-new-on")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("The two new passwords are not the same."),
					containsString("href=\"#confirmPassword\""))));
	}

	@Test
	void anEmptyFormListsEveryProblem() throws Exception {
		change(staff.as(james), "", "", "").andExpect(status().isBadRequest())
			.andExpect(content()
				.string(allOf(containsString("Enter your current password."), containsString("Enter a password."))));
	}

	@Test
	void aNewPasswordWorksAtOnceAndTheOldOneStops() throws Exception {
		MockHttpSession elsewhere = StaffLogins.signIn(mvc, james.email(), james.password());
		MockHttpSession here = StaffLogins.signIn(mvc, james.email(), james.password());
		String idBefore = here.getId();

		MvcResult changed = mvc
			.perform(post("/staff/account/password").session(here)
				.with(csrf())
				.param("currentPassword", james.password())
				.param("newPassword", "three unrelated words and more")
				.param("confirmPassword", "three unrelated words and more"))
			.andExpect(redirectedUrl("/staff"))
			.andExpect(flash().attribute("flash", containsString("Your password has been changed.")))
			.andReturn();

		MockHttpSession renewed = TestSessions.of(changed);
		assertThat(renewed).as("a new session cookie after the change").isNotNull();
		assertThat(renewed.getId()).as("a new session id after the change").isNotEqualTo(idBefore);
		mvc.perform(get("/staff").session(renewed)).andExpect(status().isOk());
		mvc.perform(get("/staff").session(here)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/staff").session(elsewhere)).andExpect(redirectedUrl("/login"));
		assertThat(staff.passwordHashOf(james.email())).startsWith("{bcrypt}").doesNotContain("three unrelated words");

		mvc.perform(post("/login").param("username", james.email())
			.param("password", james.password())
			.with(csrf())
			.with(TestStaff.from(TestStaff.newAddress()))).andExpect(redirectedUrl("/login?error"));
		assertThat(StaffLogins.signIn(mvc, james.email(), "three unrelated words and more")).isNotNull();
	}

	@Test
	void guessingTheCurrentPasswordIsThrottledLikeSigningIn() throws Exception {
		String address = TestStaff.newAddress();
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/staff/account/password").with(staff.as(james))
				.with(csrf())
				.with(TestStaff.from(address))
				.param("currentPassword", "guess-number-" + i)
				.param("newPassword", "a-perfectly-good-new-one")
				.param("confirmPassword", "a-perfectly-good-new-one"))
				.andExpect(content().string(containsString("That is not your current password.")));
		}
		// from there, even the right one has to wait
		mvc.perform(post("/staff/account/password").with(staff.as(james))
			.with(csrf())
			.with(TestStaff.from(address))
			.param("currentPassword", james.password())
			.param("newPassword", "a-perfectly-good-new-one")
			.param("confirmPassword", "a-perfectly-good-new-one"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(
					"There have been several wrong passwords for this account, so the next try has to wait a little")));
	}

}
