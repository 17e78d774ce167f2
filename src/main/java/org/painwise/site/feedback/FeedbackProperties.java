package org.painwise.site.feedback;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The rules for page feedback. Every value can be set with an environment variable, for
 * example {@code FEEDBACK_PER_HOUR_LIMIT=20} or
 * {@code FEEDBACK_KEEP_EMAIL_AFTER_DONE=14d}.
 *
 * @param perHourLimit how many answers and problem reports one address (by its salted
 * hash) may send in an hour, on all pages together
 * @param keepEmailAfterDone how long a reader's email address is kept after their report
 * is marked as done, so an editor can still reply; then it is removed
 */
@Validated
@ConfigurationProperties("feedback")
record FeedbackProperties(@Min(1) @Max(10000) @DefaultValue("10") int perHourLimit,
		@NotNull @DefaultValue("30d") Duration keepEmailAfterDone) {
}
