package org.painwise.site.shared;

/**
 * A sentence with a telephone number in it, split so a page can show the number as a link
 * that dials it on a phone: {@code before}, the number as written, {@code after}.
 *
 * @param before the text up to the number
 * @param number the number as people read it, such as {@code 116 123}
 * @param after the text after the number
 */
public record PhoneText(String before, String number, String after) {

	/** Splits {@code text} at the first place {@code number} appears in it. */
	public static PhoneText of(String text, String number) {
		int at = text.indexOf(number);
		if (at < 0) {
			return new PhoneText(text, "", "");
		}
		return new PhoneText(text.substring(0, at), number, text.substring(at + number.length()));
	}

	/** The {@code tel:} address of a number written with spaces or other separators. */
	public static String telLink(String number) {
		return "tel:" + number.replaceAll("[^0-9+]", "");
	}

	static void requireNumberIn(String setting, String text, String number) {
		if (text != null && number != null && !text.contains(number)) {
			throw new IllegalArgumentException(
					setting + " must contain its number \"" + number + "\" exactly as written, so it can be a link");
		}
	}

	/** The {@code tel:} address of this number. */
	public String tel() {
		return telLink(number);
	}

}
