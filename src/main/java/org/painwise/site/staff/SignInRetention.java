package org.painwise.site.staff;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.painwise.site.shared.PersonalDataRetention;
import org.painwise.site.shared.RetentionProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Failed sign-ins that no longer count (older than the failure window) are deleted. */
@Component
class SignInRetention implements PersonalDataRetention {

	private final JdbcClient jdbc;

	private final StaffProperties staff;

	SignInRetention(JdbcClient jdbc, StaffProperties staff) {
		this.jdbc = jdbc;
		this.staff = staff;
	}

	@Override
	public Map<String, Integer> forget(Instant now, RetentionProperties retention) {
		return Map.of("expired sign-in failures deleted",
				jdbc.sql("delete from staff_login_failure where failed_at < :cutoff")
					.param("cutoff", now.minus(staff.login().failureWindow()).atOffset(ZoneOffset.UTC))
					.update());
	}

}
