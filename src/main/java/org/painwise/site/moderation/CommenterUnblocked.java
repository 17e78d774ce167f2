package org.painwise.site.moderation;

import org.painwise.site.staff.StaffMember;

/**
 * A moderator lifted a block.
 *
 * @param blockId the block
 * @param shownAs the commenter as moderators knew them
 * @param blockedBy who had blocked them
 * @param reason the reason they gave
 * @param by the moderator who lifted it
 */
public record CommenterUnblocked(long blockId, String shownAs, String blockedBy, String reason, StaffMember by) {

}
