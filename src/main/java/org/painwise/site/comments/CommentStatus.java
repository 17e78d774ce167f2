package org.painwise.site.comments;

/**
 * Where a comment is in moderation. Only {@link #PUBLISHED} comments are shown to
 * everyone.
 */
public enum CommentStatus {

	/** Waiting for a moderator; only its author sees it. */
	HELD, PUBLISHED, REJECTED, SPAM

}
