package org.painwise.site.staff;

import java.time.Instant;

/**
 * An admin enabled a disabled staff account again.
 *
 * @param accountId the account
 * @param actorId the admin who enabled it
 * @param at when
 */
public record StaffAccountEnabled(long accountId, long actorId, Instant at) {

}
