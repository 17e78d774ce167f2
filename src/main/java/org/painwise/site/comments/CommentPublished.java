package org.painwise.site.comments;

/**
 * A comment became visible to everyone: a moderator published it, or a staff member
 * replied.
 *
 * @param parentId the comment it answers, or null for a top-level comment
 */
public record CommentPublished(long commentId, long articleId, Long parentId) {
}
