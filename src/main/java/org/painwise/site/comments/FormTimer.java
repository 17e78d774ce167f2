package org.painwise.site.comments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.painwise.site.shared.SiteSecrets;
import org.springframework.stereotype.Component;

/**
 * A signed note of when a comment form was shown. People take seconds to write a comment;
 * programs send the form back at once, or send it without ever loading the page.
 */
@Component
class FormTimer {

	private static final String KEY = "comment-form";

	private final SiteSecrets secrets;

	private final Clock clock;

	FormTimer(SiteSecrets secrets, Clock clock) {
		this.secrets = secrets;
		this.clock = clock;
	}

	/** A token to put in the form. */
	String start() {
		String millis = Long.toString(clock.millis());
		return millis + "." + secrets.hmacBase64(KEY, millis);
	}

	/** Whether the form came back faster than a person could fill it, or with no valid token. */
	boolean tooFast(String token, Duration minimum) {
		if (token == null) {
			return true;
		}
		int dot = token.indexOf('.');
		if (dot < 1 || !secrets.verifyBase64(KEY, token.substring(0, dot), token.substring(dot + 1))) {
			return true;
		}
		try {
			Instant shown = Instant.ofEpochMilli(Long.parseLong(token.substring(0, dot)));
			return Duration.between(shown, clock.instant()).compareTo(minimum) < 0;
		}
		catch (NumberFormatException ex) {
			return true;
		}
	}

}
