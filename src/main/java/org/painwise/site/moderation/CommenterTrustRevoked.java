package org.painwise.site.moderation;

import org.painwise.site.staff.StaffMember;

/**
 * A moderator stopped trusting a commenter, so their next comments are held again.
 *
 * @param commentId the comment the moderator acted from
 * @param shownAs the commenter as moderators know them
 * @param by the moderator
 */
public record CommenterTrustRevoked(long commentId, String shownAs, StaffMember by) {

}
