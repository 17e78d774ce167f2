package org.painwise.site.staff;

import java.time.Instant;
import java.util.Set;

/**
 * A staff account was created.
 *
 * @param accountId the new account
 * @param email its sign-in address
 * @param displayName the name its owner signs replies with
 * @param roles the roles it was given
 * @param actorId the admin who created it, or null when the site created the first admin
 * from its start-up configuration
 * @param at when
 */
public record StaffAccountCreated(long accountId, String email, String displayName, Set<StaffRole> roles, Long actorId,
		Instant at) {

}
