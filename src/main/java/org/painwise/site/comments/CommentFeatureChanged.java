package org.painwise.site.comments;

/**
 * A moderator featured a comment, or stopped featuring it: its article's pages change.
 */
public record CommentFeatureChanged(long commentId, long articleId) {
}
