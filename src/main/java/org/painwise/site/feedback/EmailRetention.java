package org.painwise.site.feedback;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Removes readers' email addresses from problem reports once the reports have been done for
 * longer than {@link FeedbackProperties#keepEmailAfterDone()}: they are given only so an editor
 * can reply.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EmailRetention {

	private final PageFeedback feedback;

	EmailRetention(PageFeedback feedback) {
		this.feedback = feedback;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
	void forgetOldEmails() {
		feedback.forgetOldEmails();
	}

}
