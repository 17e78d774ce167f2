package org.painwise.site.shared;

/**
 * Where the site's emails go: an SMTP server when one is configured
 * ({@code spring.mail.host}), otherwise the log, so the development site shows every
 * email it would have sent.
 */
public interface Outbox {

	void send(Email email);

	/**
	 * A plain-text email.
	 *
	 * @param to one recipient
	 * @param subject the subject line
	 * @param text the body, plain text
	 * @param unsubscribeUrl where a POST stops emails like this one, sent as
	 * {@code List-Unsubscribe} with one-click unsubscribe (RFC 8058) so mail programs can
	 * offer it; null for none
	 */
	record Email(String to, String subject, String text, String unsubscribeUrl) {

		/** An email without an unsubscribe address, such as one to staff. */
		public Email(String to, String subject, String text) {
			this(to, subject, text, null);
		}

	}

}
