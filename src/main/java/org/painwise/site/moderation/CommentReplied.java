package org.painwise.site.moderation;

import org.painwise.site.staff.StaffMember;

/**
 * A moderator replied to a comment for the charity.
 *
 * @param commentId the comment replied to
 * @param replyId the reply, itself a published comment
 * @param responseTitle the standard response the reply started from, or null
 * @param publishedWithIt whether the comment was held and is now published with the reply
 * @param by the moderator
 */
public record CommentReplied(long commentId, long replyId, String responseTitle, boolean publishedWithIt,
		StaffMember by) {

}
