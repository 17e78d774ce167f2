package org.painwise.site.moderation;

/**
 * A moderator rejected a comment and chose to tell its writer why: the email's text, with
 * the placeholders of the standard response it started from filled in. Sent after the
 * commit, off the request thread, and again later if the mail server is down (see
 * {@link CommentNotifications}).
 */
record RejectionExplained(long commentId, String text) {
}
