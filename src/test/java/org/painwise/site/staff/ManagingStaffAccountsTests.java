package org.painwise.site.staff;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
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
 * Admins manage staff accounts at {@code /staff/accounts}: create them, change names and
 * roles, disable and enable them, and set new passwords; but never lock themselves out.
 */
@SiteTest
@RecordApplicationEvents
class ManagingStaffAccountsTests extends StaffTestSupport {

	@Autowired
	ApplicationEvents events;

	TestStaff.Account admin;

	RequestPostProcessor asAdmin;

	@BeforeEach
	void setUp() {
		admin = staff.create("Admin Person", StaffRole.ADMIN);
		asAdmin = staff.as(admin);
	}

	@Test
	void theListShowsEveryAccountWithRolesStatusAndLastSignIn() throws Exception {
		TestStaff.Account signedIn = staff.create("Has Signed In", StaffRole.MODERATOR, StaffRole.EDITOR);
		StaffLogins.signIn(mvc, signedIn.email(), signedIn.password());
		mvc.perform(get("/staff/accounts").with(asAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Staff accounts</h1>"),
					containsString("<caption>Everyone who can sign in to the staff area</caption>"),
					containsString("moderator@painwise.example"), containsString(">James</a>"),
					containsString(signedIn.email()), containsString("Moderator, Editor"), containsString("Active"),
					containsString("Never"), containsString("<time datetime=\""),
					containsString("href=\"/staff/accounts/" + signedIn.id() + "\""),
					not(containsString("{bcrypt}")))));
	}

	@Test
	void anAdminCreatesAnAccountThatCanSignIn() throws Exception {
		mvc.perform(post("/staff/accounts").with(asAdmin)
			.with(csrf())
			.param("email", "  New.Person@Example.org ")
			.param("displayName", " Alex ")
			.param("roles", "MODERATOR", "EDITOR")
			.param("password", "a sensible long passphrase"))
			.andExpect(redirectedUrl("/staff/accounts"))
			.andExpect(flash().attribute("flash", "Account created for Alex (New.Person@Example.org)."));

		assertThat(staff.passwordHashOf("new.person@example.org")).startsWith("{bcrypt}$2").doesNotContain("sensible");
		assertThat(staff.rolesOf("new.person@example.org")).containsExactly(StaffRole.MODERATOR, StaffRole.EDITOR);
		mvc.perform(get("/staff/accounts").with(asAdmin))
			.andExpect(content().string(allOf(containsString("new.person@example.org"), containsString(">Alex</a>"))));
		assertThat(events.stream(StaffAccountCreated.class).filter(e -> !e.email().equals(admin.email())))
			.singleElement()
			.satisfies(created -> {
				assertThat(created.email()).isEqualTo("new.person@example.org");
				assertThat(created.displayName()).isEqualTo("Alex");
				assertThat(created.roles()).containsExactly(StaffRole.MODERATOR, StaffRole.EDITOR);
				assertThat(created.actorId()).isEqualTo(admin.id());
				assertThat(created.at()).isNotNull();
			});
		MockHttpSession alex = StaffLogins.signIn(mvc, "NEW.person@example.org", "a sensible long passphrase");
		mvc.perform(get("/staff").session(alex)).andExpect(content().string(containsString("Signed in as Alex")));
	}

	@Test
	void theNewAccountFormIsAccessible() throws Exception {
		mvc.perform(get("/staff/accounts/new").with(asAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<label for=\"email\">Email address</label>"),
					containsString("<label for=\"displayName\">Name</label>"), containsString("<legend>Roles</legend>"),
					containsString("<input type=\"checkbox\" id=\"roles\" name=\"roles\""),
					containsString("value=\"MODERATOR\" aria-describedby=\"roles-MODERATOR-hint\">"),
					containsString("<label for=\"roles-EDITOR\">Editor</label>"),
					containsString("<label for=\"password\">Password</label>"))));
	}

	@Test
	void aFormWithMistakesComesBackFilledInWithEveryMessageButNoPassword() throws Exception {
		mvc.perform(post("/staff/accounts").with(asAdmin)
			.with(csrf())
			.param("email", "not an email")
			.param("displayName", "Kept Name")
			.param("password", "qwertyuiop123"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("role=\"alert\""),
					containsString("<a href=\"#email\">Enter an email address in the right form"),
					containsString("<a href=\"#roles\">Choose at least one role.</a>"),
					containsString("<a href=\"#password\">That password is one of the most common passwords"),
					containsString("value=\"not an email\""), containsString("value=\"Kept Name\""),
					not(containsString("qwertyuiop123")))));
		mvc.perform(post("/staff/accounts").with(asAdmin).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Enter their email address."),
					containsString("Enter the name they sign replies with."), containsString("Enter a password."))));
	}

	@Test
	void anEmailAlreadyInUseIsAMessageOnTheFormNotAnError() throws Exception {
		mvc.perform(post("/staff/accounts").with(asAdmin)
			.with(csrf())
			.param("email", "MODERATOR@painwise.example")
			.param("displayName", "Second James")
			.param("roles", "MODERATOR")
			.param("password", "another long passphrase"))
			.andExpect(status().isConflict())
			.andExpect(
					content().string(allOf(containsString("There is already a staff account with this email address."),
							containsString("href=\"#email\""), containsString("value=\"Second James\""),
							not(containsString("another long passphrase")))));
		assertThat(jdbc.sql("select display_name from staff_account where email = 'moderator@painwise.example'")
			.query(String.class)
			.list()).containsExactly("James");
		assertThat(events.stream(StaffAccountCreated.class).filter(e -> e.actorId() != null)).isEmpty();
	}

	@Test
	void anUnknownRoleIsABadRequestNotAnError() throws Exception {
		mvc.perform(post("/staff/accounts").with(asAdmin)
			.with(csrf())
			.param("email", "role.test@example.org")
			.param("displayName", "Role Test")
			.param("roles", "SUPERUSER")
			.param("password", "another long passphrase"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("That is not a value we expected.")));
	}

	@Test
	void anAdminChangesNameAndRolesAndTheyApplyAtOnce() throws Exception {
		TestStaff.Account alex = staff.create("Alex Roles", StaffRole.MODERATOR, StaffRole.EDITOR);
		MockHttpSession alexSession = StaffLogins.signIn(mvc, alex.email(), alex.password());
		mvc.perform(get("/staff/moderation").session(alexSession)).andExpect(status().isOk());

		mvc.perform(get("/staff/accounts/" + alex.id()).with(asAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"Alex Roles\""),
					containsString(
							"value=\"MODERATOR\" aria-describedby=\"roles-MODERATOR-hint\" checked=\"checked\">"),
					containsString("value=\"EDITOR\" aria-describedby=\"roles-EDITOR-hint\" checked=\"checked\">"),
					containsString("value=\"ADMIN\" aria-describedby=\"roles-ADMIN-hint\">"),
					containsString("Disable this account"), containsString("Set a new password"))));

		mvc.perform(post("/staff/accounts/" + alex.id()).with(asAdmin)
			.with(csrf())
			.param("displayName", "Alex B")
			.param("roles", "EDITOR"))
			.andExpect(redirectedUrl("/staff/accounts/" + alex.id()))
			.andExpect(flash().attribute("flash", "Name and roles saved for " + alex.email() + "."));

		assertThat(staff.rolesOf(alex.email())).containsExactly(StaffRole.EDITOR);
		assertThat(events.stream(StaffRolesChanged.class)).singleElement().satisfies(changed -> {
			assertThat(changed.accountId()).isEqualTo(alex.id());
			assertThat(changed.before()).containsExactly(StaffRole.MODERATOR, StaffRole.EDITOR);
			assertThat(changed.after()).containsExactly(StaffRole.EDITOR);
			assertThat(changed.actorId()).isEqualTo(admin.id());
		});
		assertThat(events.stream(StaffDisplayNameChanged.class)).singleElement()
			.satisfies(renamed -> assertThat(renamed.after()).isEqualTo("Alex B"));
		mvc.perform(get("/staff/moderation").session(alexSession)).andExpect(status().isForbidden());
		mvc.perform(get("/staff").session(alexSession))
			.andExpect(content().string(containsString("Signed in as Alex B")));
	}

	@Test
	void anAdminDisablesAnAccountWhichEndsItsSessionAndThenEnablesIt() throws Exception {
		TestStaff.Account leaver = staff.create("Leaver Person", StaffRole.EDITOR);
		MockHttpSession leaverSession = StaffLogins.signIn(mvc, leaver.email(), leaver.password());

		mvc.perform(post("/staff/accounts/" + leaver.id() + "/disable").with(asAdmin).with(csrf()))
			.andExpect(redirectedUrl("/staff/accounts/" + leaver.id()))
			.andExpect(flash().attribute("flash", containsString("is disabled")));

		assertThat(staff.isEnabled(leaver.email())).isFalse();
		assertThat(events.stream(StaffAccountDisabled.class)).singleElement()
			.satisfies(disabled -> assertThat(disabled.actorId()).isEqualTo(admin.id()));
		mvc.perform(get("/staff").session(leaverSession)).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/login").param("username", leaver.email())
			.param("password", leaver.password())
			.with(csrf())
			.with(TestStaff.from(TestStaff.newAddress()))).andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/staff/accounts/" + leaver.id()).with(asAdmin))
			.andExpect(content()
				.string(allOf(containsString("This account is disabled"), containsString("Enable this account"))));
		mvc.perform(get("/staff/accounts").with(asAdmin)).andExpect(content().string(containsString("Disabled")));

		mvc.perform(post("/staff/accounts/" + leaver.id() + "/enable").with(asAdmin).with(csrf()))
			.andExpect(redirectedUrl("/staff/accounts/" + leaver.id()));
		assertThat(staff.isEnabled(leaver.email())).isTrue();
		assertThat(events.stream(StaffAccountEnabled.class)).hasSize(1);
		assertThat(StaffLogins.signIn(mvc, leaver.email(), leaver.password())).isNotNull();
	}

	@Test
	void anAdminSetsANewPasswordWhichEndsTheirSessions() throws Exception {
		TestStaff.Account forgetful = staff.create("Forgot Password", StaffRole.MODERATOR);
		MockHttpSession oldSession = StaffLogins.signIn(mvc, forgetful.email(), forgetful.password());

		mvc.perform(post("/staff/accounts/" + forgetful.id() + "/password").with(asAdmin)
			.with(csrf())
			.param("password", "password123456"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(
					allOf(containsString("one of the most common passwords"), not(containsString("password123456")))));

		mvc.perform(post("/staff/accounts/" + forgetful.id() + "/password").with(asAdmin)
			.with(csrf())
			.param("password", "given over the phone"))
			.andExpect(redirectedUrl("/staff/accounts/" + forgetful.id()))
			.andExpect(flash().attribute("flash", containsString("A new password is set for " + forgetful.email())));

		assertThat(events.stream(StaffPasswordReset.class)).singleElement()
			.satisfies(reset -> assertThat(reset.accountId()).isEqualTo(forgetful.id()));
		assertThat(staff.passwordHashOf(forgetful.email())).startsWith("{bcrypt}").doesNotContain("phone");
		mvc.perform(get("/staff").session(oldSession)).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/login").param("username", forgetful.email())
			.param("password", forgetful.password())
			.with(csrf())
			.with(TestStaff.from(TestStaff.newAddress()))).andExpect(redirectedUrl("/login?error"));
		assertThat(StaffLogins.signIn(mvc, forgetful.email(), "given over the phone")).isNotNull();
	}

	@Test
	void anAdminCannotDisableThemselvesOrDropTheirOwnAdminRole() throws Exception {
		mvc.perform(get("/staff/accounts/" + admin.id()).with(asAdmin))
			.andExpect(content().string(allOf(containsString("This is your own account."),
					not(containsString("Disable this account")), not(containsString("Set new password")))));

		mvc.perform(post("/staff/accounts/" + admin.id() + "/disable").with(asAdmin).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(
					allOf(containsString("role=\"alert\""), containsString("You cannot disable your own account."))));
		mvc.perform(post("/staff/accounts/" + admin.id()).with(asAdmin)
			.with(csrf())
			.param("displayName", "Admin Person")
			.param("roles", "MODERATOR"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("You cannot remove your own admin role.")));
		mvc.perform(post("/staff/accounts/" + admin.id() + "/password").with(asAdmin)
			.with(csrf())
			.param("password", "a new one for myself"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("You cannot set your own password here.")));

		assertThat(staff.isEnabled(admin.email())).isTrue();
		assertThat(staff.rolesOf(admin.email())).isEqualTo(EnumSet.of(StaffRole.ADMIN));
		assertThat(events.stream(StaffAccountDisabled.class)).isEmpty();
		assertThat(events.stream(StaffRolesChanged.class)).isEmpty();

		// adding a role to themselves is fine
		mvc.perform(post("/staff/accounts/" + admin.id()).with(asAdmin)
			.with(csrf())
			.param("displayName", "Admin Person")
			.param("roles", "ADMIN", "MODERATOR")).andExpect(redirectedUrl("/staff/accounts/" + admin.id()));
		assertThat(staff.rolesOf(admin.email())).isEqualTo(Set.of(StaffRole.ADMIN, StaffRole.MODERATOR));
	}

	@Test
	void unknownAccountsAreNotFound() throws Exception {
		mvc.perform(get("/staff/accounts/999999").with(asAdmin))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no staff account at this address.")));
		mvc.perform(post("/staff/accounts/999999/disable").with(asAdmin).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/staff/accounts/not-a-number").with(asAdmin)).andExpect(status().isNotFound());
	}

}
