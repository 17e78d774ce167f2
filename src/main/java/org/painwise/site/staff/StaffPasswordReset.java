package org.painwise.site.staff;

import java.time.Instant;

/**
 * An admin set a new password for a staff member; any session the member had ends.
 *
 * @param accountId whose password was set
 * @param actorId the admin who set it
 * @param at when
 */
public record StaffPasswordReset(long accountId, long actorId, Instant at) {

}
