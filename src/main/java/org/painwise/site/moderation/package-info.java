/**
 * The moderators' side of comments: triage of new comments for requests for personal
 * medical advice and for crisis language, the queue of held comments, decisions, replies
 * with standard responses, and notifications. Each decision, block, standard response
 * change and moderator setting is published as a past-tense event
 * ({@code CommentModerated}, {@code CommenterBlocked} and the like) for the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moderation")
package org.painwise.site.moderation;
