package org.painwise.site.moderation;

import org.painwise.site.staff.StaffMember;

/**
 * A moderator added or changed a standard response.
 *
 * @param responseId the response
 * @param before the response as it was, described for the audit log, or null for a new
 * one
 * @param after the response as it is now, described the same way
 * @param by the moderator
 */
public record StandardResponseSaved(long responseId, String before, String after, StaffMember by) {

}
