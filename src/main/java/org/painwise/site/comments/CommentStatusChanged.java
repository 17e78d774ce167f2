package org.painwise.site.comments;

import java.time.Instant;

/**
 * A comment's status changed, for example from held to published.
 */
public record CommentStatusChanged(long commentId, long articleId, CommentStatus from, CommentStatus to, String by,
		String reason, Instant at) {
}
