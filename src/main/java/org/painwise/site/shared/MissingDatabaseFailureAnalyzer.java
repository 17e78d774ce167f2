package org.painwise.site.shared;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A production start without a database, or without a mail server, stops at once with one
 * line that says what to set. The site never falls back to an embedded database or to
 * writing emails into its log: those exist only in the development run.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class MissingDatabaseFailureAnalyzer implements FailureAnalyzer {

	static final String DESCRIPTION = "No database is configured: set SPRING_DATASOURCE_URL "
			+ "(with SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD) to a PostgreSQL database, "
			+ "or use ./mvnw spring-boot:test-run for the development site with its own embedded PostgreSQL.";

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof MailConfiguration.NoMailServer) {
				return new FailureAnalysis(MailConfiguration.NoMailServer.DESCRIPTION,
						"Configure spring.mail.host, or set mail.enabled=false; see the README section 'Running with your own PostgreSQL'.",
						cause);
			}
			if (cause.getClass().getSimpleName().equals("DataSourceBeanCreationException")) {
				return new FailureAnalysis(DESCRIPTION,
						"Configure spring.datasource.url, or see the README section 'Running with your own PostgreSQL'.",
						cause);
			}
		}
		return null;
	}

}
