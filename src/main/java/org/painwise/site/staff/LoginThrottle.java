package org.painwise.site.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.painwise.site.shared.SiteSecrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per email address and per visitor address, in PostgreSQL so every
 * instance of the site sees the same counts. Typed email addresses are kept only as keyed hashes
 * (people sometimes type a password into the email field), and visitor addresses arrive already
 * hashed.
 */
@Component
class LoginThrottle {

	private static final String EMAIL_KEY = "login-email";

	private final JdbcClient jdbc;

	private final SiteSecrets secrets;

	private final StaffProperties.Login settings;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, SiteSecrets secrets, StaffProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.settings = properties.login();
		this.clock = clock;
	}

	/**
	 * Whether sign-in for this email, or from this address, is refused for now.
	 * @param email as typed
	 * @param addressHash the visitor's hashed IP address
	 */
	boolean isThrottled(String email, String addressHash) {
		Instant since = Instant.now(clock).minus(settings.failureWindow());
		return jdbc.sql("""
				select (select count(*) from staff_login_failure
				        where email_hash = :email and failed_at > :since) >= :perAccount
				    or (select count(*) from staff_login_failure
				        where address_hash = :address and failed_at > :since) >= :perAddress""")
			.param("email", emailHash(email))
			.param("address", addressHash)
			.param("since", utc(since))
			.param("perAccount", settings.maxFailuresPerAccount())
			.param("perAddress", settings.maxFailuresPerAddress())
			.query(Boolean.class)
			.single();
	}

	/** Counts a failed attempt, and forgets failures too old to matter. */
	void recordFailure(String email, String addressHash) {
		Instant now = Instant.now(clock);
		jdbc.sql("insert into staff_login_failure (email_hash, address_hash, failed_at) values (:email, :address, :at)")
			.param("email", emailHash(email))
			.param("address", addressHash)
			.param("at", utc(now))
			.update();
		jdbc.sql("delete from staff_login_failure where failed_at < :cutoff")
			.param("cutoff", utc(now.minus(settings.failureWindow())))
			.update();
	}

	/**
	 * A successful sign-in starts the account's count again. The failures still count against
	 * the address they came from, so signing in to one's own account cannot reset a guessing run.
	 */
	void clearAccount(String email) {
		jdbc.sql("update staff_login_failure set email_hash = '' where email_hash = :email")
			.param("email", emailHash(email))
			.update();
	}

	long windowMinutes() {
		return settings.windowMinutes();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private String emailHash(String email) {
		return secrets.hmacHex(EMAIL_KEY, StaffAccount.normaliseEmail(email));
	}

}
