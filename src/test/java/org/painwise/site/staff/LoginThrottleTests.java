package org.painwise.site.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * Failed sign-ins are counted in PostgreSQL per email and per address, and a throttled attempt
 * never reaches the password check.
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
	void fiveFailuresForOneEmailThrottleItWhateverTheAddressOrCase() {
		for (int i = 0; i < 4; i++) {
			throttle.recordFailure("james@painwise.example", "address-" + i);
		}
		assertThat(throttle.isThrottled("james@painwise.example", "address-new")).isFalse();
		throttle.recordFailure("James@Painwise.example ", "address-4");
		assertThat(throttle.isThrottled("james@painwise.example", "address-new")).isTrue();
		assertThat(throttle.isThrottled("priya@painwise.example", "address-new")).isFalse();
	}

	@Test
	void twentyFailuresFromOneAddressThrottleEveryEmailFromIt() {
		for (int i = 0; i < 20; i++) {
			throttle.recordFailure("person" + i + "@painwise.example", "busy-address");
		}
		assertThat(throttle.isThrottled("anyone@painwise.example", "busy-address")).isTrue();
		assertThat(throttle.isThrottled("anyone@painwise.example", "quiet-address")).isFalse();
	}

	@Test
	void failuresStopCountingAfterTheWindow() {
		for (int i = 0; i < 5; i++) {
			throttle.recordFailure("james@painwise.example", "address");
		}
		clock.advance(Duration.ofMinutes(14));
		assertThat(throttle.isThrottled("james@painwise.example", "other")).isTrue();
		clock.advance(Duration.ofMinutes(2));
		assertThat(throttle.isThrottled("james@painwise.example", "other")).isFalse();
		// and old rows are cleared away on the next failure
		throttle.recordFailure("someone@painwise.example", "address");
		assertThat(jdbc.sql("select count(*) from staff_login_failure").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void clearingAnAccountLeavesTheAddressCount() {
		for (int i = 0; i < 20; i++) {
			throttle.recordFailure("james@painwise.example", "address");
		}
		throttle.clearAccount("JAMES@painwise.example");
		assertThat(throttle.isThrottled("james@painwise.example", "elsewhere")).isFalse();
		assertThat(throttle.isThrottled("james@painwise.example", "address")).isTrue();
	}

	@Test
	void aThrottledAttemptNeverReachesThePasswordCheck() {
		CountingCheck check = new CountingCheck(true);
		ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(check, throttle, null);
		for (int i = 0; i < 5; i++) {
			throttle.recordFailure("james@painwise.example", "address");
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

		CountingCheck right = new CountingCheck(true);
		new ThrottledAuthenticationProvider(right, throttle, null)
			.authenticate(attempt("james@painwise.example", "right"));
		assertThat(right.calls).hasValue(1);
		for (int i = 0; i < 4; i++) {
			assertThatThrownBy(() -> failing.authenticate(attempt("james@painwise.example", "wrong")))
				.isInstanceOf(BadCredentialsException.class);
		}
		assertThat(wrong.calls).as("four more failures are allowed after the success").hasValue(8);
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

	private static Authentication attempt(String email, String password) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(email,
				password);
		attempt.setDetails(new LoginAttemptDetails("address"));
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

	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
