package org.painwise.site.browser;

/**
 * What a person filling in a form does that a test must do too.
 */
final class Reader {

	/**
	 * The comment form quietly marks as spam anything sent back sooner than
	 * {@code comments.min-fill-time} (3 seconds) after the reader began it (with JavaScript, the
	 * form asks the site for a signed start time when it first gets the focus), because only
	 * programs are that fast. A browser test fills the form in milliseconds, so it waits out the
	 * rest of that time, as a person typing would, rather than weakening the rule for tests.
	 * @param loadedAt when the page with the form finished loading, just before the test starts
	 * filling it in, from {@link System#currentTimeMillis()}
	 */
	static void takeTimeToWrite(long loadedAt) throws InterruptedException {
		long minimumFillMillis = 3_000;
		long margin = 1_000;
		Thread.sleep(Math.max(0, minimumFillMillis + margin - (System.currentTimeMillis() - loadedAt)));
	}

	private Reader() {
	}

}
