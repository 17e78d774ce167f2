/**
 * Readers' comments under articles: posting, replies in threads of limited depth, holding
 * every comment for moderation, closing comments, keeping spam and abuse out without
 * third-party services, and readers' reports. A comment's status is set only by
 * {@link org.painwise.site.comments.CommentStatusChanges}, which records every change.
 * <p>
 * What moderation may do to comments is this module's narrow API for it:
 * {@link org.painwise.site.comments.CommentStatusChanges#change} (a decision on a
 * comment) and {@link org.painwise.site.comments.StaffReplies} (a reply from the
 * charity). Moderation reads the comments it shows with its own queries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comments")
package org.painwise.site.comments;
