package org.painwise.site.comments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.SiteSecrets;
import org.springframework.stereotype.Component;

/**
 * A signed note of when a reader began a comment form. People take seconds to write a
 * comment; programs send the form back at once. The page with the form is the same for
 * everyone (and cached), so it carries no start time: the form's script asks for one from
 * {@code /comments/form-start} when the reader first focuses the form. A form sent
 * without one came from a browser without JavaScript (or a program that never asked) and
 * is judged by the other checks; a start time that is forged or too recent marks the
 * comment as spam.
 */
@Component
@RequiredArgsConstructor
class FormTimer {

	private static final String KEY = "comment-form";

	private final SiteSecrets secrets;

	private final Clock clock;

	/** A signed start time, for the form's script to put in the form. */
	String start() {
		String millis = Long.toString(clock.millis());
		return millis + "." + secrets.hmacBase64(KEY, millis);
	}

	/**
	 * Whether the form came back faster than a person could fill it, or with a start time
	 * the site did not sign. A form without one (no JavaScript) is not judged by speed.
	 */
	boolean tooFast(String token, Duration minimum) {
		if (token == null || token.isBlank()) {
			return false;
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
