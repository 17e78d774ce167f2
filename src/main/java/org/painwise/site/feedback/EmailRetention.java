package org.painwise.site.feedback;

import org.painwise.site.shared.OneInstance;
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

	private final OneInstance oneInstance;

	EmailRetention(PageFeedback feedback, OneInstance oneInstance) {
		this.feedback = feedback;
		this.oneInstance = oneInstance;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
	void forgetOldEmails() {
		oneInstance.run("feedback-email-retention", feedback::forgetOldEmails);
	}

}
