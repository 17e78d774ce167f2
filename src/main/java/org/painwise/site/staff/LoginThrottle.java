package org.painwise.site.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.painwise.site.shared.SiteSecrets;
import org.painwise.site.shared.TransactionLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without letting anyone lock a staff member out. Failed
 * attempts are counted in PostgreSQL, so every instance of the site sees the same counts,
 * and each count buys a growing pause rather than a lock: after a few free failures, the
 * next attempt must wait one second after the last failure, then two, four, and so on up
 * to {@link StaffProperties.Login#longestPause()}. Pauses are counted
 * <ul>
 * <li>for one account from one address ({@code maxFailuresPerAccount} free failures): a
 * guesser slows only themselves;</li>
 * <li>for one account from everywhere ({@code 4 × maxFailuresPerAccount} free failures),
 * except from an address that has signed in to that account before: guessing from many
 * addresses gets slow, and the real staff member at their usual address does not
 * notice;</li>
 * <li>from one address whatever the account ({@code maxFailuresPerAddress} free
 * failures).</li>
 * </ul>
 *
 * <p>
 * Every attempt counts as a failure from the moment it is let through until its password
 * is found to be right ({@link #begin}, {@link #succeeded}), and letting it through is
 * decided under PostgreSQL advisory locks for the account and the address: many guesses
 * sent at once each see the ones before them, however many instances they reach.
 *
 * <p>
 * Typed email addresses are kept only as keyed hashes (people sometimes type a password
 * into the email field); visitor addresses arrive hashed: today's hash for the counts,
 * and a steady keyed hash for the addresses an account has signed in from.
 */
@Component
class LoginThrottle {

	private static final String EMAIL_KEY = "login-email";

	private static final int ACCOUNT_LOCK_SPACE = 0x4c6f6741;

	private static final int ADDRESS_LOCK_SPACE = 0x4c6f6749;

	/**
	 * Failures from everywhere that one account takes before it is slowed for unknown
	 * addresses, per free failure from one address.
	 */
	static final int ANYWHERE_FACTOR = 4;

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
	 * Who is trying: the email as typed, today's hash of their address, and its steady
	 * hash.
	 */
	record Attempt(String email, String addressHash, String knownAddressHash) {
	}

	/**
	 * Lets an attempt through, counting it as a failure until {@link #succeeded}, or
	 * refuses it because it comes too soon after the last failures.
	 * @return the id of the failure recorded for it, or null when it must wait
	 */
	@Transactional
	Long begin(Attempt attempt) {
		String email = emailHash(attempt.email());
		// the account's attempts, then the address's, take turns: always in this order,
		// so no two wait for each other
		TransactionLocks.hold(jdbc, ACCOUNT_LOCK_SPACE, email);
		TransactionLocks.hold(jdbc, ADDRESS_LOCK_SPACE, attempt.addressHash());
		Instant now = Instant.now(clock);
		Counts counts = jdbc
			.sql("""
					with last_success as (
					    select coalesce(max(signed_in_at), '-infinity') as at from staff_known_address where email_hash = :email)
					select count(*) filter (where f.email_hash = :email and f.address_hash = :address and f.failed_at > s.at) as pair,
					       max(f.failed_at) filter (where f.email_hash = :email and f.address_hash = :address and f.failed_at > s.at) as pair_last,
					       count(*) filter (where f.email_hash = :email and f.failed_at > s.at) as account,
					       max(f.failed_at) filter (where f.email_hash = :email and f.failed_at > s.at) as account_last,
					       count(*) filter (where f.address_hash = :address) as address,
					       max(f.failed_at) filter (where f.address_hash = :address) as address_last,
					       exists (select 1 from staff_known_address
					               where email_hash = :email and address_hash = :known) as known
					from last_success s
					left join staff_login_failure f
					       on f.failed_at > :since and (f.email_hash = :email or f.address_hash = :address)""")
			.param("email", email)
			.param("address", attempt.addressHash())
			.param("known", attempt.knownAddressHash())
			.param("since", utc(now.minus(settings.failureWindow())))
			.query((rs, row) -> new Counts(rs.getInt("pair"), instant(rs.getObject("pair_last", OffsetDateTime.class)),
					rs.getInt("account"), instant(rs.getObject("account_last", OffsetDateTime.class)),
					rs.getInt("address"), instant(rs.getObject("address_last", OffsetDateTime.class)),
					rs.getBoolean("known")))
			.single();
		boolean waitFor = mustWait(counts.pair(), settings.maxFailuresPerAccount(), counts.pairLast(), now)
				|| (!counts.known() && mustWait(counts.account(), ANYWHERE_FACTOR * settings.maxFailuresPerAccount(),
						counts.accountLast(), now))
				|| mustWait(counts.address(), settings.maxFailuresPerAddress(), counts.addressLast(), now);
		if (waitFor) {
			return null;
		}
		return jdbc.sql("""
				insert into staff_login_failure (email_hash, address_hash, failed_at) values (:email, :address, :at)
				returning id""")
			.param("email", email)
			.param("address", attempt.addressHash())
			.param("at", utc(now))
			.query(Long.class)
			.single();
	}

	/**
	 * The password was right: the attempt was no failure, and the address is remembered
	 * as one the account signs in from. The account's counts start again from now
	 * (earlier failures stay on record, for the dashboard), while the failures still
	 * count against the addresses they came from, so signing in to one's own account
	 * cannot reset a guessing run.
	 */
	@Transactional
	void succeeded(long failureId, Attempt attempt) {
		jdbc.sql("delete from staff_login_failure where id = :id").param("id", failureId).update();
		jdbc.sql("""
				insert into staff_known_address (email_hash, address_hash, signed_in_at) values (:email, :known, :at)
				on conflict (email_hash, address_hash) do update set signed_in_at = excluded.signed_in_at""")
			.param("email", emailHash(attempt.email()))
			.param("known", attempt.knownAddressHash())
			.param("at", utc(Instant.now(clock)))
			.update();
	}

	/** Failed sign-ins for one typed email address: how many, from how many addresses. */
	record Failures(long count, long addresses) {
	}

	/**
	 * Failed sign-ins within the failure window, by the keyed hash of the email typed
	 * ({@link #emailHash}).
	 */
	Map<String, Failures> recentFailures() {
		Map<String, Failures> failures = new LinkedHashMap<>();
		jdbc.sql("""
				select email_hash, count(*), count(distinct address_hash) from staff_login_failure
				where failed_at > :since group by email_hash order by count(*) desc""")
			.param("since", utc(Instant.now(clock).minus(settings.failureWindow())))
			.query((rs, row) -> failures.put(rs.getString(1), new Failures(rs.getLong(2), rs.getLong(3))))
			.list();
		return failures;
	}

	/** The longest pause, in whole minutes, for messages that ask the visitor to wait. */
	long longestPauseMinutes() {
		return Math.max(1, settings.longestPause().toMinutes());
	}

	/**
	 * Whether an attempt must still wait after this many failures, the last at
	 * {@code last}: none for the free ones, then a pause that doubles with each failure.
	 */
	private boolean mustWait(int failures, int free, Instant last, Instant now) {
		if (failures < free || last == null) {
			return false;
		}
		int doublings = Math.min(failures - free, 30);
		Duration pause = settings.firstPause().multipliedBy(1L << doublings);
		if (pause.compareTo(settings.longestPause()) > 0) {
			pause = settings.longestPause();
		}
		return now.isBefore(last.plus(pause));
	}

	private record Counts(int pair, Instant pairLast, int account, Instant accountLast, int address,
			Instant addressLast, boolean known) {
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** The keyed hash under which failures for an email address are counted. */
	String emailHash(String email) {
		return secrets.hmacHex(EMAIL_KEY, StaffAccount.normaliseEmail(email));
	}

}
