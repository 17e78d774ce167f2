package org.painwise.site.staff;

import java.time.Instant;
import java.util.Set;

/**
 * A staff account as the admin pages show it: never the password hash.
 *
 * @param lastLoginAt null until the first sign-in
 */
record StaffAccountSummary(long id, String email, String displayName, Set<StaffRole> roles, boolean enabled,
		Instant createdAt, Instant lastLoginAt) {

	static StaffAccountSummary of(StaffAccount account) {
		return new StaffAccountSummary(account.getId(), account.getEmail(), account.getDisplayName(),
				account.getRoles(), account.isEnabled(), account.getCreatedAt(), account.getLastLoginAt());
	}

}
