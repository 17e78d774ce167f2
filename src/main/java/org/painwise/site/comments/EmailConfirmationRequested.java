package org.painwise.site.comments;

/**
 * The writer of a comment asked for emails about it from an address that has not been
 * confirmed, and is due the one email that asks them to confirm it.
 */
public record EmailConfirmationRequested(long commentId) {
}
