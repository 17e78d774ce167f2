package org.painwise.site.shared;

import org.springframework.validation.Errors;

/**
 * The check a required text that someone types into a form goes through: there is some,
 * and no more than its limit. Forms pass it {@link #stripped(String) stripped}, so spaces
 * alone are no text.
 */
public final class TypedText {

	private TypedText() {
	}

	/** The text without white space at either end; empty for none. */
	public static String stripped(String text) {
		return text == null ? "" : text.strip();
	}

	/**
	 * Rejects the field when the text is empty or longer than {@code max} (the limit is
	 * the message's argument).
	 * @return whether the text passed
	 */
	public static boolean check(Errors errors, String field, String text, int max, String emptyCode,
			String tooLongCode) {
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
