package org.painwise.site.moderation;

import org.painwise.site.staff.StaffMember;

/**
 * A moderator featured a comment at the top of its article, or stopped featuring it.
 *
 * @param commentId the comment
 * @param featured whether it is featured now
 * @param note the moderator's note for other staff, or null
 * @param by the moderator
 */
public record CommentFeatured(long commentId, boolean featured, String note, StaffMember by) {

}
