package org.painwise.site.comments;

/** Why a comment may need a closer look from a moderator. */
public enum CommentFlag {

	/** More links than the configured limit. */
	LINKS,
	/** Matched the blocklist. */
	BLOCKLIST,
	/** The hidden field a person never sees was filled in. */
	HONEYPOT,
	/** Sent back faster than a person could type it. */
	TOO_FAST,
	/** Seems to ask for advice about the writer's own treatment. */
	MEDICAL_ADVICE,
	/** Contains words that may mean the writer is in crisis; moderators see it first. */
	CRISIS,
	/**
	 * Mentions a possible side effect of a medicine: the writer is pointed to the scheme
	 * that collects reports of them, and moderators see it.
	 */
	SIDE_EFFECT

}
