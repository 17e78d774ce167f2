package org.painwise.site.staff;

import java.time.Instant;

/**
 * An admin disabled a staff account: it can no longer sign in, and any session it has
 * ends.
 *
 * @param accountId the account
 * @param actorId the admin who disabled it
 * @param at when
 */
public record StaffAccountDisabled(long accountId, long actorId, Instant at) {

}
