package org.painwise.site.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps nothing longer than the privacy notice says. Every hour (so nothing outlives its
 * time by more than that), on one instance at a time, each module's
 * {@link PersonalDataRetention} forgets what is past its time: hashed addresses and
 * visitor keys after 48 hours, the daily keys that made those hashes, rejected and spam
 * comments 30 days after the decision, expired sign-in failures. The log gets the counts,
 * never the data.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private final List<PersonalDataRetention> parts;

	private final RetentionProperties properties;

	private final OneInstance oneInstance;

	private final Clock clock;

	@Scheduled(initialDelayString = "PT2M", fixedDelayString = "${retention.every:PT1H}")
	void scheduled() {
		if (properties.scheduled()) {
			run(clock.instant());
		}
	}

	/**
	 * Runs every part now, as if the time were {@code now}; returns the counts it logged.
	 */
	public Map<String, Integer> run(Instant now) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		boolean ran = oneInstance.run("retention", () -> {
			for (PersonalDataRetention part : parts) {
				counts.putAll(part.forget(now, properties));
			}
		});
		if (ran) {
			log.info("Retention: {}", counts);
		}
		return counts;
	}

}
