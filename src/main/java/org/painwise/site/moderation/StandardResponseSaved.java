package org.painwise.site.moderation;

import org.painwise.site.comments.CommentFlag;
import org.painwise.site.staff.StaffMember;

/**
 * A moderator added or changed a standard response.
 *
 * @param responseId the response
 * @param before the response as it was, or null for a new one
 * @param after the response as it is now
 * @param by the moderator
 */
public record StandardResponseSaved(long responseId, Version before, Version after, StaffMember by) {

	/**
	 * A standard response at one moment.
	 *
	 * @param kind {@code REPLY} or {@code REJECTION}
	 * @param suggestedFor the triage flag the queue suggests it for, or null
	 */
	public record Version(String title, String body, boolean active, int position, CommentFlag suggestedFor,
			String kind) {
	}

}
