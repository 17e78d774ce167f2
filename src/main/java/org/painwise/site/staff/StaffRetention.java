package org.painwise.site.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.PersonalDataRetention;
import org.painwise.site.shared.RetentionProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * What the staff area keeps only for a while: failed sign-ins that no longer count (older
 * than the failure window), and expired sessions (an expired session is refused anyway;
 * Spring Session's own clean-up, which would run on every instance, is switched off in
 * {@code application.properties}).
 */
@Component
@RequiredArgsConstructor
class StaffRetention implements PersonalDataRetention {

	private final JdbcClient jdbc;

	private final StaffProperties staff;

	private final JdbcIndexedSessionRepository sessions;

	/**
	 * How long an address a staff account signed in from stays known without another
	 * sign-in from there.
	 */
	static final Duration KNOWN_ADDRESSES_KEPT = Duration.ofDays(90);

	@Override
	public Map<String, Integer> forget(Instant now, RetentionProperties retention) {
		int failures = PersonalDataRetention.forgetBefore(now.minus(staff.login().failureWindow()), jdbc,
				"delete from staff_login_failure where failed_at < :cutoff");
		int knownAddresses = PersonalDataRetention.forgetBefore(now.minus(KNOWN_ADDRESSES_KEPT), jdbc,
				"delete from staff_known_address where signed_in_at < :cutoff");
		sessions.cleanUpExpiredSessions();
		return Map.of("expired sign-in failures deleted", failures,
				"staff sign-in addresses unused for 90 days deleted", knownAddresses);
	}

}
