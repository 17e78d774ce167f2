package org.painwise.site.shared;

import java.time.Duration;

import org.springframework.context.ApplicationContext;

import static org.awaitility.Awaitility.await;

/**
 * For tests with several instances: waits until an instance hears the others' page cache
 * changes.
 */
public final class PageCacheListening {

	private PageCacheListening() {
	}

	/**
	 * A change made before an instance LISTENs would reach it only through the time to
	 * live.
	 */
	public static void awaitOn(ApplicationContext instance) {
		PageCacheNotifications notifications = instance.getBean(PageCacheNotifications.class);
		await().atMost(Duration.ofSeconds(20)).until(notifications::isListening);
	}

}
