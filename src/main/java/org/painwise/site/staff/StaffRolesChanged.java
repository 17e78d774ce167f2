package org.painwise.site.staff;

import java.time.Instant;
import java.util.Set;

/**
 * An admin changed what a staff member may do.
 *
 * @param accountId whose roles changed
 * @param before the roles they had
 * @param after the roles they have now
 * @param actorId the admin who changed them
 * @param at when
 */
public record StaffRolesChanged(long accountId, Set<StaffRole> before, Set<StaffRole> after, long actorId, Instant at) {

}
