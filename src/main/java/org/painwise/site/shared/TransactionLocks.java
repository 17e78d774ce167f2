package org.painwise.site.shared;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL advisory locks held until the current transaction ends, so that requests for
 * one key (such as one address's comments, votes or sign-ins) take turns on any number of
 * instances and a limit is checked and used in one step. Each use has a space of its own,
 * a number, so its keys never meet another use's.
 */
public final class TransactionLocks {

	private TransactionLocks() {
	}

	/** Waits until no other transaction holds the key in this space, then holds it. */
	public static void hold(JdbcClient jdbc, int space, String key) {
		jdbc.sql("select pg_advisory_xact_lock(:space, hashtext(:key))")
			.param("space", space)
			.param("key", key)
			.query((rs, row) -> true)
			.single();
	}

}
