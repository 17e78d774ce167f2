package org.painwise.site.moderation;

import org.springframework.validation.Errors;

/**
 * The check every text a moderator types goes through: there is some, and no more than
 * its limit.
 */
final class TypedText {

	private TypedText() {
	}

	/**
	 * Rejects the field when the text is empty or longer than {@code max} (the limit is
	 * the message's argument).
	 * @return whether the text passed
	 */
	static boolean check(Errors errors, String field, String text, int max, String emptyCode, String tooLongCode) {
		if (text.isEmpty()) {
			errors.rejectValue(field, emptyCode);
			return false;
		}
		if (text.length() > max) {
			errors.rejectValue(field, tooLongCode, new Object[] { max }, null);
			return false;
		}
		return true;
	}

}
