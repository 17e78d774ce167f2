package org.painwise.site.staff;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.TestSessions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.painwise.site.TestCsrf.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff sign in and out at {@code /login}: what they see when it works, when it does not, and when
 * someone keeps guessing. (That the sign-in page itself starts no session is checked over real
 * HTTP in {@link SigningInOverHttpTests}: spring-security-test's {@code csrf()} swaps in a
 * session-based token store for the whole shared context.)
 */
@SiteTest
class SigningInTests {

	private static final String REFUSED = "We could not sign you in. Either the email address or the password is not "
			+ "right, or there have been too many attempts to sign in.";

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

	private ResultActions signIn(String email, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", email)
			.param("password", password)
			.with(csrf())
			.with(TestStaff.from(address)));
	}

	@Test
	void aDemoModeratorSignsInAndLandsOnTheDashboard() throws Exception {
		signIn(DemoStaffAccounts.MODERATOR.email(), DemoStaffAccounts.MODERATOR.password(), TestStaff.newAddress())
			.andExpect(redirectedUrl("/staff"))
			.andExpect(authenticated().withUsername(DemoStaffAccounts.MODERATOR.email()).withRoles("MODERATOR"));
	}

	@Test
	void theEmailIsNotCaseSensitive() throws Exception {
		TestStaff.Account priya = staff.create("Priya Case", StaffRole.EDITOR);
		signIn("  " + priya.email().toUpperCase() + " ", priya.password(), TestStaff.newAddress())
			.andExpect(redirectedUrl("/staff"))
			.andExpect(authenticated().withRoles("EDITOR"));
	}

	@Test
	void aWrongPasswordAndAnUnknownEmailLookExactlyTheSame() throws Exception {
		TestStaff.Account james = staff.create("James Wrong");
		MvcResult wrongPassword = signIn(james.email(), "not-the-password-at-all", TestStaff.newAddress())
			.andExpect(unauthenticated())
			.andReturn();
		MvcResult unknownEmail = signIn("nobody@painwise.example", "not-the-password-at-all", TestStaff.newAddress())
			.andExpect(unauthenticated())
			.andReturn();

		assertThat(wrongPassword.getResponse().getStatus()).isEqualTo(unknownEmail.getResponse().getStatus())
			.isEqualTo(302);
		assertThat(wrongPassword.getResponse().getRedirectedUrl())
			.isEqualTo(unknownEmail.getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
		assertThat(wrongPassword.getResponse().getHeaderNames())
			.isEqualTo(unknownEmail.getResponse().getHeaderNames());
		// a failed attempt leaves no session behind
		assertThat(TestSessions.started(wrongPassword)).isFalse();
		assertThat(TestSessions.started(unknownEmail)).isFalse();

		mvc.perform(get("/login").param("error", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(REFUSED)))
			.andExpect(content().string(containsString("role=\"alert\"")))
			.andExpect(content().string(containsString("or wait 15 minutes.")));
	}

	@Test
	void afterFiveFailuresEvenTheRightPasswordIsRefusedForThatAccount() throws Exception {
		TestStaff.Account target = staff.create("Target Account");
		for (int i = 0; i < 5; i++) {
			signIn(target.email(), "wrong-guess-number-" + i, TestStaff.newAddress())
				.andExpect(redirectedUrl("/login?error"));
		}
		// from yet another address, with the right password: still refused, with the same message
		signIn(target.email(), target.password(), TestStaff.newAddress()).andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		// other accounts are not affected
		TestStaff.Account other = staff.create("Other Account");
		signIn(other.email(), other.password(), TestStaff.newAddress()).andExpect(redirectedUrl("/staff"));
	}

	@Test
	void unknownEmailsAreThrottledLikeRealOnes() throws Exception {
		String address = TestStaff.newAddress();
		for (int i = 0; i < 5; i++) {
			signIn("ghost@painwise.example", "wrong-guess-" + i, address).andExpect(redirectedUrl("/login?error"));
		}
		assertThat(jdbc.sql("select count(*) from staff_login_failure where email_hash like '%ghost%'")
			.query(Long.class)
			.single()).as("typed emails are stored only as hashes").isZero();
	}

	@Test
	void afterTwentyFailuresFromOneAddressNobodyCanSignInFromIt() throws Exception {
		String address = TestStaff.newAddress();
		for (int i = 0; i < 20; i++) {
			signIn("spray" + i + "@painwise.example", "guessing-password-" + i, address)
				.andExpect(redirectedUrl("/login?error"));
		}
		TestStaff.Account real = staff.create("Real Person");
		signIn(real.email(), real.password(), address).andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		// the same account from another address is fine
		signIn(real.email(), real.password(), TestStaff.newAddress()).andExpect(redirectedUrl("/staff"));
	}

	@Test
	void aSuccessfulSignInStartsTheAccountsCountAgain() throws Exception {
		TestStaff.Account forgetful = staff.create("Forgetful Person");
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 4; i++) {
				signIn(forgetful.email(), "almost-remembered-" + i, TestStaff.newAddress())
					.andExpect(redirectedUrl("/login?error"));
			}
			signIn(forgetful.email(), forgetful.password(), TestStaff.newAddress()).andExpect(redirectedUrl("/staff"));
		}
	}

	@Test
	void aDisabledAccountCannotSignInAndGetsTheSameMessage() throws Exception {
		TestStaff.Account gone = staff.create("Gone Away");
		staff.setEnabled(gone.email(), false);
		signIn(gone.email(), gone.password(), TestStaff.newAddress()).andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void aPasswordLongerThanBcryptAcceptsIsAWrongPasswordNotAnError() throws Exception {
		TestStaff.Account james = staff.create("James Long");
		signIn(james.email(), "x".repeat(500), TestStaff.newAddress()).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void theSessionIdChangesAtSignIn() throws Exception {
		TestStaff.Account james = staff.create("James Fixation");
		// a session someone else could know (a fixed session), already in the browser
		MockHttpSession planted = TestStaff.signIn(mvc, james.email(), james.password());
		MvcResult result = mvc.perform(post("/login").session(planted)
			.param("username", james.email())
			.param("password", james.password())
			.with(csrf())
			.with(TestStaff.from(TestStaff.newAddress()))).andExpect(authenticated()).andReturn();
		MockHttpSession after = TestSessions.of(result);
		assertThat(after).isNotNull();
		assertThat(after.getId()).isNotEqualTo(planted.getId());
		// the old cookie no longer signs anyone in
		mvc.perform(get("/staff").session(planted)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/staff").session(after)).andExpect(status().isOk());
	}

	@Test
	void signingOutNeedsAPostWithTheTokenAndEndsTheSession() throws Exception {
		TestStaff.Account james = staff.create("James Leaving");
		MockHttpSession session = TestStaff.signIn(mvc, james.email(), james.password());
		mvc.perform(get("/staff").session(session)).andExpect(status().isOk());

		mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
		mvc.perform(get("/logout").session(session)).andExpect(status().is4xxClientError());
		mvc.perform(get("/staff").session(session)).andExpect(status().isOk());

		MvcResult out = mvc.perform(post("/logout").session(session).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"))
			.andReturn();
		Cookie cleared = out.getResponse().getCookie(TestSessions.COOKIE);
		assertThat(cleared).isNotNull();
		assertThat(cleared.getMaxAge()).isZero();
		// the session is gone from the store: its cookie, sent again, signs nobody in
		mvc.perform(get("/staff").session(session)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/login").param("logout", "")).andExpect(content().string(containsString("You have signed out.")));
	}

}
