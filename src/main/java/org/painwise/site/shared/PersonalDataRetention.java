package org.painwise.site.shared;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One module's part of the site's retention: it forgets what it holds past its time. Each
 * module knows its own tables; {@link Retention} runs every part, on one instance at a
 * time.
 */
public interface PersonalDataRetention {

	/**
	 * @param now the time to measure ages from
	 * @return how many rows it changed or deleted, by a short description, for the log
	 * (counts only, never data)
	 */
	Map<String, Integer> forget(Instant now, RetentionProperties retention);

	/**
	 * Runs an update or delete of what is older than the cutoff, which the statement
	 * names {@code :cutoff}.
	 * @return how many rows it changed or deleted
	 */
	static int forgetBefore(Instant cutoff, JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).param("cutoff", cutoff.atOffset(ZoneOffset.UTC)).update();
	}

}
