package org.painwise.site.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs something once the current transaction has committed, or at once when there is
 * none: what
 * {@code @TransactionalEventListener(phase = AFTER_COMMIT, fallbackExecution = true)}
 * does. The page cache's evictions use this rather than that annotation because every
 * such listener is also tracked by the email registry (Spring Modulith's), which would
 * cost each vote or comment two more statements on a second connection; only the emails
 * need tracking.
 */
public final class AfterCommit {

	private AfterCommit() {
	}

	public static void run(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				action.run();
			}

		});
	}

}
