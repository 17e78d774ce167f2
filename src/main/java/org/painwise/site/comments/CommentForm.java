package org.painwise.site.comments;

import org.painwise.site.shared.TypedText;

/**
 * What a reader sends when commenting, exactly as sent: every field is text, so nothing a
 * visitor types can fail to bind, and the form can always come back as it was.
 *
 * @param name the name shown with the comment
 * @param email never shown anywhere public
 * @param body the comment, plain text
 * @param consent present when the reader agreed that the comment will be public and may
 * hold health information
 * @param parentId the comment this replies to, or empty
 * @param website a field hidden from people; anything in it came from a program
 * @param started when the form was shown, signed, to tell people from programs by speed
 * @param notifyMe present when the reader wants an email when the comment is published or
 * answered
 * @param rememberMe present when the reader wants their name and email kept in a cookie
 * on their device for their next comment (see {@link RememberedCommenter})
 */
public record CommentForm(String name, String email, String body, String consent, String parentId, String website,
		String started, String notifyMe, String rememberMe) {

	static CommentForm empty(Long parentId, String started) {
		return new CommentForm("", "", "", null, parentId == null ? "" : parentId.toString(), "", started, null, null);
	}

	/**
	 * The same form with spaces around name and email removed and line endings made
	 * uniform.
	 */
	CommentForm trimmed() {
		return new CommentForm(TypedText.stripped(name), TypedText.stripped(email),
				body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n').strip(), consent,
				TypedText.stripped(parentId), website, started, notifyMe, rememberMe);
	}

	/** The same form with another text, stripped of spaces at either end. */
	CommentForm withBody(String text) {
		return new CommentForm(name, email, text.strip(), consent, parentId, website, started, notifyMe, rememberMe);
	}

	/**
	 * The same form with a remembered name and email filled in, and the box to remember
	 * them ticked.
	 */
	CommentForm filledInWith(RememberedCommenter.Commenter commenter) {
		return new CommentForm(commenter.name(), commenter.email(), body, consent, parentId, website, started, notifyMe,
				"yes");
	}

	public boolean wantsNotifications() {
		return notifyMe != null && !notifyMe.isBlank();
	}

	public boolean wantsRemembering() {
		return rememberMe != null && !rememberMe.isBlank();
	}

	public boolean consented() {
		return consent != null && !consent.isBlank();
	}

	/** Whether the form names a parent comment at all. */
	public boolean isReply() {
		return parentId != null && !parentId.isBlank();
	}

	/** The parent comment's id; null when there is none or it is not a number. */
	Long parent() {
		if (!isReply() || !parentId.matches("[0-9]{1,18}")) {
			return null;
		}
		return Long.valueOf(parentId);
	}

}
