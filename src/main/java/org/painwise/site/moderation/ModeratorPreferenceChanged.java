package org.painwise.site.moderation;

import org.painwise.site.staff.StaffMember;

/**
 * A moderator turned one of their own settings on or off.
 *
 * @param setting the setting, as a stable code such as {@code crisis_alerts}
 * @param on whether it is on now
 * @param by the moderator
 */
public record ModeratorPreferenceChanged(String setting, boolean on, StaffMember by) {

}
