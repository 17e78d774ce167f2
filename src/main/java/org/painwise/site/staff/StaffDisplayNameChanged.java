package org.painwise.site.staff;

import java.time.Instant;

/**
 * An admin changed the name a staff member signs replies with.
 *
 * @param accountId whose name changed
 * @param before the old name
 * @param after the new name
 * @param actorId the admin who changed it
 * @param at when
 */
public record StaffDisplayNameChanged(long accountId, String before, String after, long actorId, Instant at) {

}
