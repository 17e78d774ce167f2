/**
 * The moderators' side of comments: triage of new comments for requests for personal
 * medical advice and for crisis language, the queue of held comments, decisions, replies
 * with standard responses, notifications and the audit log of who did what.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moderation")
package org.painwise.site.moderation;
