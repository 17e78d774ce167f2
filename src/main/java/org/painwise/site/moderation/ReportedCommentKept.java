package org.painwise.site.moderation;

import org.painwise.site.staff.StaffMember;

/**
 * A moderator kept a reported comment published and cleared its reports.
 *
 * @param commentId the comment
 * @param reportsCleared how many open reports it had
 * @param by the moderator
 */
public record ReportedCommentKept(long commentId, int reportsCleared, StaffMember by) {

}
