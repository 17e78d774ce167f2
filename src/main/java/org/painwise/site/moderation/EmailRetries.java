package org.painwise.site.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.painwise.site.shared.OneInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends again the emails that could not be sent (see {@link CommentNotifications}): every
 * minute, on one instance at a time, each failed email whose pause is over. The pause
 * doubles with each attempt, from a minute to at most an hour, so a mail server that is
 * down for a day is not hammered and one back in a minute is used at once. A record left
 * unfinished by an instance that stopped mid-send is marked failed after a few minutes
 * (Spring Modulith's staleness settings in {@code application.properties}) and sent from
 * here too.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EmailRetries {

	private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

	private final FailedEventPublications failed;

	private final OneInstance oneInstance;

	private final Clock clock;

	private final Duration firstPause;

	EmailRetries(FailedEventPublications failed, OneInstance oneInstance, Clock clock,
			@Value("${mail.retry.first-pause:PT1M}") Duration firstPause) {
		this.failed = failed;
		this.oneInstance = oneInstance;
		this.clock = clock;
		this.firstPause = firstPause;
	}

	@Scheduled(initialDelayString = "${mail.retry.every:PT1M}", fixedDelayString = "${mail.retry.every:PT1M}")
	void sendAgain() {
		oneInstance.run("email-retries",
				() -> failed.resubmit(ResubmissionOptions.defaults().withFilter(this::pauseIsOver)));
	}

	/** Whether a failed email has waited long enough since its last attempt. */
	boolean pauseIsOver(EventPublication publication) {
		Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
				: publication.getPublicationDate();
		int attempts = Math.max(1, publication.getCompletionAttempts());
		Duration pause = firstPause.multipliedBy(1L << Math.min(attempts - 1, 20));
		if (pause.compareTo(LONGEST_PAUSE) > 0) {
			pause = LONGEST_PAUSE;
		}
		return !last.plus(pause).isAfter(clock.instant());
	}

}
