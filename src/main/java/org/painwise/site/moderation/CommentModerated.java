package org.painwise.site.moderation;

import org.painwise.site.comments.CommentStatus;
import org.painwise.site.staff.StaffMember;

/**
 * A moderator published, rejected or marked as spam a reader's comment from the queue.
 *
 * @param commentId the comment
 * @param from its status before
 * @param to its status now
 * @param reason what the moderator wrote about why, or null
 * @param by the moderator
 */
public record CommentModerated(long commentId, CommentStatus from, CommentStatus to, String reason, StaffMember by) {

}
