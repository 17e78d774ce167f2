package org.painwise.site.feedback;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.painwise.site.shared.PersonalDataRetention;
import org.painwise.site.shared.RetentionProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The hashed address of a page-feedback answer, once its hourly limit is long past. */
@Component
class FeedbackRetention implements PersonalDataRetention {

	private final JdbcClient jdbc;

	FeedbackRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Integer> forget(Instant now, RetentionProperties retention) {
		return Map.of("feedback address hashes cleared", jdbc.sql("""
				update page_feedback set ip_hash = null where created_at < :cutoff and ip_hash is not null""")
			.param("cutoff", now.minus(retention.addressHashes()).atOffset(ZoneOffset.UTC))
			.update());
	}

}
