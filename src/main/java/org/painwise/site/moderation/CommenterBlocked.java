package org.painwise.site.moderation;

import java.time.Instant;

import org.painwise.site.staff.StaffMember;

/**
 * A moderator stopped someone from commenting.
 *
 * @param blockId the block
 * @param shownAs the commenter as moderators know them, without their address
 * @param addressBlockedUntil when the block on their network address ends, or null
 * @param fromCommentId the comment the moderator blocked them from
 * @param reason why
 * @param by the moderator
 */
public record CommenterBlocked(long blockId, String shownAs, Instant addressBlockedUntil, long fromCommentId,
		String reason, StaffMember by) {

}
