package org.painwise.site.comments;

import java.util.Set;

/**
 * A reader posted a comment. It is held (or marked as spam) and waits for a moderator.
 */
public record CommentSubmitted(long commentId, long articleId, Long parentId, CommentStatus status,
		Set<CommentFlag> flags) {
}
