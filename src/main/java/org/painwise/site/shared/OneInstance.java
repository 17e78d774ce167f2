package org.painwise.site.shared;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a periodic job on one instance of the site at a time, however many run against the
 * database: each run holds a PostgreSQL advisory lock named after the job for its
 * transaction, and an instance that finds the lock taken skips that run. Nothing to set
 * up and nothing left behind if an instance dies (the lock goes with its connection).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OneInstance {

	private static final Logger log = LoggerFactory.getLogger(OneInstance.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	/**
	 * Runs the job here unless another instance is running it now.
	 * @return whether it ran here
	 */
	public boolean run(String job, Runnable work) {
		Boolean ran = transactions.execute(status -> {
			boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('painwise-job:' || :job))")
				.param("job", job)
				.query(Boolean.class)
				.single();
			if (!locked) {
				log.debug("Job {} is running on another instance", job);
				return false;
			}
			work.run();
			return true;
		});
		return Boolean.TRUE.equals(ran);
	}

}
