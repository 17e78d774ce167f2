package org.painwise.site.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.TestSessions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
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
 * Staff sign in and out at {@code /login}: what they see when it works, when it does not,
 * and when someone keeps guessing. (That the sign-in page itself starts no session is
 * checked over real HTTP in {@link SigningInOverHttpTests}: spring-security-test's
 * {@code csrf()} swaps in a session-based token store for the whole shared context.)
 */
@SiteTest
class SigningInTests extends StaffTestSupport {

	private static final String REFUSED = "We could not sign you in. Either the email address or the password is not "
			+ "right, or there have been several wrong attempts, and the next one has to wait a little";

	@Autowired
	LoginThrottle throttle;

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
		assertThat(wrongPassword.getResponse().getHeaderNames()).isEqualTo(unknownEmail.getResponse().getHeaderNames());
		// a failed attempt leaves no session behind
		assertThat(TestSessions.started(wrongPassword)).isFalse();
		assertThat(TestSessions.started(unknownEmail)).isFalse();

		mvc.perform(get("/login").param("error", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(REFUSED)))
			.andExpect(content().string(containsString("role=\"alert\"")))
			.andExpect(content().string(containsString("has to wait a little (at most 15 minutes)")));
	}

	@Test
	void afterFiveFailuresFromOneAddressTheNextTryFromThereWaitsButTheAccountIsNotLocked() throws Exception {
		TestStaff.Account target = staff.create("Target Account");
		String attacker = TestStaff.newAddress();
		for (int i = 0; i < 5; i++) {
			signIn(target.email(), "wrong-guess-number-" + i, attacker).andExpect(redirectedUrl("/login?error"));
		}
		// from there, even the right password is refused for now, with the same message
		signIn(target.email(), target.password(), attacker).andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		// the staff member, somewhere else, signs in
		signIn(target.email(), target.password(), TestStaff.newAddress()).andExpect(redirectedUrl("/staff"));
	}

	@Test
	void guessesFromManyAddressesDoNotStopTheStaffMemberAtAnAddressTheySignedInFromBefore() throws Exception {
		TestStaff.Account moderator = staff.create("Usual Address Moderator");
		String usual = TestStaff.newAddress();
		signIn(moderator.email(), moderator.password(), usual).andExpect(redirectedUrl("/staff"));
		for (int i = 0; i < 25; i++) {
			signIn(moderator.email(), "distributed-guess-" + i, TestStaff.newAddress())
				.andExpect(redirectedUrl("/login?error"));
		}
		// an address the account has never signed in from waits
		signIn(moderator.email(), moderator.password(), TestStaff.newAddress()).andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		// the usual one does not, so moderation never goes offline because someone is
		// guessing
		signIn(moderator.email(), moderator.password(), usual).andExpect(redirectedUrl("/staff"));

		// admins see it on the dashboard; other staff do not
		TestStaff.Account admin = staff.create("Dashboard Admin", StaffRole.ADMIN);
		String dashboard = mvc.perform(get("/staff").with(staff.as(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// twenty free failures from addresses it never signed in from; a few more only if
		// a pause had passed meanwhile
		assertThat(dashboard).contains("Failed sign-ins")
			.containsPattern("Unusual: 2[0-5] for Usual Address Moderator&#39;s account, from 2[0-5] addresses\\.");
		mvc.perform(get("/staff").with(staff.as(moderator)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Failed sign-ins"))));
	}

	@Test
	void guessesSentAtOnceAreAllCountedBeforeAnyIsLetThrough() throws Exception {
		LoginThrottle.Attempt attempt = new LoginThrottle.Attempt("parallel@painwise.example", "parallel-address",
				"parallel-steady");
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Long>> results = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return throttle.begin(attempt);
				}));
			}
			start.countDown();
			int letThrough = 0;
			for (Future<Long> result : results) {
				if (result.get(30, TimeUnit.SECONDS) != null) {
					letThrough++;
				}
			}
			assertThat(letThrough).as("only the five free failures, however many arrive together").isEqualTo(5);
		}
		finally {
			pool.shutdownNow();
		}
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
		MockHttpSession planted = StaffLogins.signIn(mvc, james.email(), james.password());
		MvcResult result = mvc
			.perform(post("/login").session(planted)
				.param("username", james.email())
				.param("password", james.password())
				.with(csrf())
				.with(TestStaff.from(TestStaff.newAddress())))
			.andExpect(authenticated())
			.andReturn();
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
		MockHttpSession session = StaffLogins.signIn(mvc, james.email(), james.password());
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
		mvc.perform(get("/login").param("logout", ""))
			.andExpect(content().string(containsString("You have signed out.")));
	}

}
