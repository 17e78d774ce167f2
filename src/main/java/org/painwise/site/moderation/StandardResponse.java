package org.painwise.site.moderation;

import org.painwise.site.comments.CommentFlag;

/**
 * A reply the charity often gives, which a moderator starts from and may change before
 * sending.
 *
 * @param body text with placeholders such as {name}; see {@link ResponsePlaceholders}
 * @param position where it comes in the list, lowest first
 * @param suggestedFor the triage flag for which the queue suggests it, or null
 * @param kind a reply under the comment, or an email to the writer of a rejected comment
 */
record StandardResponse(long id, String title, String body, boolean active, int position, CommentFlag suggestedFor,
		Kind kind) {

	/** What a standard response is for. */
	enum Kind {

		/** A reply from the charity, published under the comment. */
		REPLY,
		/** An email telling the writer of a rejected comment why it was not published. */
		REJECTION

	}

}
