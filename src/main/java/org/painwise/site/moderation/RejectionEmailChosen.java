package org.painwise.site.moderation;

import org.painwise.site.staff.StaffMember;

/**
 * A moderator rejecting a comment chose a standard response to tell its writer why. The
 * email goes only to a writer who asked for emails from an address they confirmed.
 *
 * @param commentId the rejected comment
 * @param responseTitle the standard response the email started from
 * @param emailed whether the email is on its way
 * @param by the moderator
 */
public record RejectionEmailChosen(long commentId, String responseTitle, boolean emailed, StaffMember by) {

}
