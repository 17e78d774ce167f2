/**
 * Readers' comments under articles: posting, replies in threads of limited depth, holding every
 * comment for moderation, closing comments, keeping spam and abuse out without third-party
 * services, and readers' reports. A comment's status changes only through
 * {@link org.painwise.site.comments.CommentStatusChanges}, which records every change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comments")
package org.painwise.site.comments;
