package org.painwise.site.feedback;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.PersonalDataRetention;
import org.painwise.site.shared.RetentionProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What page feedback keeps only for a while: the hashed address of an answer, once its
 * hourly limit is long past, and a reader's email address,
 * {@link FeedbackProperties#keepEmailAfterDone()} after their report is done (it is given
 * only so an editor can reply).
 */
@Component
@RequiredArgsConstructor
class FeedbackRetention implements PersonalDataRetention {

	private final JdbcClient jdbc;

	private final PageFeedback feedback;

	private final FeedbackProperties properties;

	@Override
	public Map<String, Integer> forget(Instant now, RetentionProperties retention) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("feedback address hashes cleared",
				PersonalDataRetention.forgetBefore(now.minus(retention.addressHashes()), jdbc, """
						update page_feedback set ip_hash = null where created_at < :cutoff and ip_hash is not null"""));
		counts.put("feedback emails removed",
				feedback.forgetEmailsDoneBefore(now.minus(properties.keepEmailAfterDone())));
		return counts;
	}

}
