package org.painwise.site.staff;

import java.time.Instant;

/**
 * A staff member changed their own password.
 *
 * @param accountId whose password changed
 * @param at when
 */
public record StaffPasswordChanged(long accountId, Instant at) {

}
