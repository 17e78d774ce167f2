package org.painwise.site.shared;

/**
 * Where the site's emails go: an SMTP server when one is configured ({@code spring.mail.host}),
 * otherwise the log, so the development site shows every email it would have sent.
 */
public interface Outbox {

	void send(Email email);

	/**
	 * A plain-text email.
	 *
	 * @param to one recipient
	 * @param subject the subject line
	 * @param text the body, plain text
	 */
	record Email(String to, String subject, String text) {
	}

}
