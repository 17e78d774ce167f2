package org.painwise.site.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.MovableClock;
import org.painwise.site.TestDatabase;
import org.painwise.site.shared.SiteSecrets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Failed sign-ins are counted in PostgreSQL per account and address, per account and per
 * address; each buys a growing pause, never a lock, and an attempt made to wait never
 * reaches the password check.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ TestDatabase.class, SiteSecrets.class })
class LoginThrottleTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SiteSecrets secrets;

	final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T10:00:00Z"));

	LoginThrottle throttle;

	@BeforeEach
	void setUp() {
		throttle = new LoginThrottle(jdbc, secrets, PasswordPolicyTests.properties(12), clock);
	}

	@Test
	void oneAddressGetsFiveFreeFailuresForAnAccountThenPausesThatDouble() {
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.begin(from("james@painwise.example", "address"))).isNotNull();
		}
		// whatever the capitals and spaces of the email
		assertThat(throttle.begin(from(" James@Painwise.example", "address"))).isNull();
		clock.advance(Duration.ofSeconds(1));
		assertThat(throttle.begin(from("james@painwise.example", "address"))).isNotNull();
		// now two seconds after that failure, then four
		clock.advance(Duration.ofMillis(1500));
		assertThat(throttle.begin(from("james@painwise.example", "address"))).isNull();
		clock.advance(Duration.ofMillis(500));
		assertThat(throttle.begin(from("james@painwise.example", "address"))).isNotNull();
		clock.advance(Duration.ofSeconds(3));
		assertThat(throttle.begin(from("james@painwise.example", "address"))).isNull();
		clock.advance(Duration.ofSeconds(1));
		assertThat(throttle.begin(from("james@painwise.example", "address"))).isNotNull();
		// another account from the same address, and the same account from elsewhere, are
		// not slowed
		assertThat(throttle.begin(from("priya@painwise.example", "address"))).isNotNull();
		assertThat(throttle.begin(from("james@painwise.example", "elsewhere"))).isNotNull();
	}

	@Test
	void thePauseGrowsNoLongerThanTheLongestPause() {
		for (int i = 0; i < 5; i++) {
			throttle.begin(from("james@painwise.example", "address"));
		}
		for (int i = 0; i < 20; i++) {
			clock.advance(Duration.ofMinutes(15));
			assertThat(throttle.begin(from("james@painwise.example", "address"))).as("attempt " + i).isNotNull();
		}
		clock.advance(Duration.ofMinutes(14));
		assertThat(throttle.begin(from("james@painwise.example", "address"))).isNull();
	}

	@Test
	void guessesFromManyAddressesSlowAnAccountExceptAtAnAddressItSignedInFromBefore() {
		throttle.succeeded(throttle.begin(from("james@painwise.example", "home", "home-steady")),
				from("james@painwise.example", "home", "home-steady"));
		clock.advance(Duration.ofSeconds(1));
		for (int i = 0; i < 20; i++) {
			assertThat(throttle.begin(from("james@painwise.example", "address-" + i))).isNotNull();
		}
		assertThat(throttle.begin(from("james@painwise.example", "address-new"))).isNull();
		assertThat(throttle.begin(from("James@painwise.example", "home-today", "home-steady")))
			.as("the staff member at their usual address")
			.isNotNull();
		assertThat(throttle.begin(from("priya@painwise.example", "address-new"))).as("other accounts").isNotNull();
	}

	@Test
	void twentyFailuresFromOneAddressSlowEveryAccountFromIt() {
		for (int i = 0; i < 20; i++) {
			assertThat(throttle.begin(from("person" + i + "@painwise.example", "busy-address"))).isNotNull();
		}
		assertThat(throttle.begin(from("anyone@painwise.example", "busy-address"))).isNull();
		assertThat(throttle.begin(from("anyone@painwise.example", "quiet-address"))).isNotNull();
	}

	@Test
	void failuresStopCountingAfterTheWindow() {
		for (int i = 0; i < 30; i++) {
			throttle.begin(from("james@painwise.example", "address-" + i));
		}
		// a day later they still count: one more try once the pause has passed, then
		// another pause
		clock.advance(Duration.ofHours(23));
		assertThat(throttle.begin(from("james@painwise.example", "other-1"))).isNotNull();
		assertThat(throttle.begin(from("james@painwise.example", "other-2"))).isNull();
		// once the window has passed, only that one try counts
		clock.advance(Duration.ofHours(2));
		for (int i = 0; i < 19; i++) {
			assertThat(throttle.begin(from("james@painwise.example", "later-" + i))).as("attempt " + i).isNotNull();
		}
		assertThat(throttle.begin(from("james@painwise.example", "later"))).isNull();
	}

	@Test
	void aSuccessStartsTheAccountAgainButLeavesTheAddressCount() {
		for (int i = 0; i < 19; i++) {
			throttle.begin(from("person" + i + "@painwise.example", "address"));
		}
		Long last = throttle.begin(from("james@painwise.example", "address"));
		throttle.succeeded(last, from("JAMES@painwise.example", "address"));
		assertThat(jdbc.sql("select count(*) from staff_login_failure where id = ?")
			.param(last)
			.query(Long.class)
			.single()).as("the right password was no failure").isZero();
		for (int i = 0; i < 5; i++) {
			throttle.begin(from("james@painwise.example", "elsewhere-" + i));
		}
		assertThat(throttle.begin(from("james@painwise.example", "elsewhere"))).isNotNull();
		assertThat(throttle.begin(from("anyone@painwise.example", "address"))).as("the 20th failure from there")
			.isNotNull();
		assertThat(throttle.begin(from("someone@painwise.example", "address"))).isNull();
	}

	@Test
	void aThrottledAttemptNeverReachesThePasswordCheck() {
		CountingCheck check = new CountingCheck(true);
		ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(check, throttle, null);
		for (int i = 0; i < 5; i++) {
			throttle.begin(from("james@painwise.example", "address"));
		}
		assertThatThrownBy(() -> provider.authenticate(attempt("james@painwise.example", "the-right-password")))
			.isInstanceOf(ThrottledAuthenticationProvider.SignInThrottledException.class);
		assertThat(check.calls).hasValue(0);
	}

	@Test
	void failedChecksAreCountedAndASuccessClearsTheAccount() {
		CountingCheck wrong = new CountingCheck(false);
		ThrottledAuthenticationProvider failing = new ThrottledAuthenticationProvider(wrong, throttle, null);
		for (int i = 0; i < 4; i++) {
			assertThatThrownBy(() -> failing.authenticate(attempt("james@painwise.example", "wrong")))
				.isInstanceOf(BadCredentialsException.class);
		}
		assertThat(wrong.calls).hasValue(4);
		assertThat(jdbc.sql("select count(*) from staff_login_failure").query(Long.class).single()).isEqualTo(4);

		CountingCheck right = new CountingCheck(true);
		new ThrottledAuthenticationProvider(right, throttle, null)
			.authenticate(attempt("james@painwise.example", "right"));
		assertThat(right.calls).hasValue(1);
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> failing.authenticate(attempt("james@painwise.example", "wrong")))
				.isInstanceOf(BadCredentialsException.class);
		}
		assertThat(wrong.calls).as("five more failures are free after the success").hasValue(9);
	}

	@Test
	void aPasswordTooLongForBcryptIsAWrongPasswordWithoutBeingChecked() {
		CountingCheck check = new CountingCheck(true);
		ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(check, throttle, null);
		assertThatThrownBy(() -> provider.authenticate(attempt("james@painwise.example", "x".repeat(100))))
			.isInstanceOf(BadCredentialsException.class);
		assertThat(check.calls).hasValue(0);
		assertThat(jdbc.sql("select count(*) from staff_login_failure").query(Long.class).single()).isEqualTo(1);
	}

	private static LoginThrottle.Attempt from(String email, String address) {
		return from(email, address, address + "-steady");
	}

	private static LoginThrottle.Attempt from(String email, String address, String steady) {
		return new LoginThrottle.Attempt(email, address, steady);
	}

	private static Authentication attempt(String email, String password) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(email,
				password);
		attempt.setDetails(new LoginAttemptDetails("address", "address-steady"));
		return attempt;
	}

	/** Stands in for the bcrypt check, counting how often it is asked. */
	static final class CountingCheck implements AuthenticationProvider {

		final AtomicInteger calls = new AtomicInteger();

		private final boolean accept;

		CountingCheck(boolean accept) {
			this.accept = accept;
		}

		@Override
		public Authentication authenticate(Authentication attempt) {
			calls.incrementAndGet();
			if (!accept) {
				throw new BadCredentialsException("wrong");
			}
			return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null, java.util.List.of());
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return true;
		}

	}

}
