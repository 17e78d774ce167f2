package org.painwise.site.comments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.painwise.site.MovableClock;
import org.painwise.site.shared.SiteSecrets;

/**
 * Comment-form start times signed with the site's secret, as {@code /comments/form-start}
 * gives them, for tests outside this package: a start from a while ago stands for a
 * reader who took that long to write, so a test need not wait out
 * {@code comments.min-fill-time}.
 */
public final class FormStarts {

	private FormStarts() {
	}

	/** A start time the site would have signed {@code ago} before now. */
	public static String begunAgo(SiteSecrets secrets, Duration ago) {
		return new FormTimer(secrets, new MovableClock(Instant.now().minus(ago))).start();
	}

	/** Whether the site signed this start time (however recent it is). */
	public static boolean signedBySite(SiteSecrets secrets, String started) {
		return !started.isBlank() && !new FormTimer(secrets, Clock.systemUTC()).tooFast(started, Duration.ZERO);
	}

}
