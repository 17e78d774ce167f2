package org.painwise.site.staff;

import org.painwise.site.shared.OneInstance;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Deletes expired staff sessions from the database every few minutes, on one instance at a time
 * (Spring Session's own clean-up, which would run on every instance, is switched off in
 * {@code application.properties}). An expired session is refused anyway; this only keeps the
 * table small and keeps nothing longer than needed.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ExpiredSessions {

	private final JdbcIndexedSessionRepository sessions;

	private final OneInstance oneInstance;

	ExpiredSessions(JdbcIndexedSessionRepository sessions, OneInstance oneInstance) {
		this.sessions = sessions;
		this.oneInstance = oneInstance;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT5M")
	void deleteExpired() {
		oneInstance.run("expired-staff-sessions", sessions::cleanUpExpiredSessions);
	}

}
