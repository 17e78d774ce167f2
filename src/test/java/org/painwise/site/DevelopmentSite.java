package org.painwise.site;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The development site: {@code ./mvnw spring-boot:test-run}. It starts an embedded PostgreSQL
 * whose data is kept in {@code .data/postgres} (delete that folder to start from scratch), adds
 * the sample content, and serves the site on http://localhost:8080.
 */
public final class DevelopmentSite {

	private DevelopmentSite() {
	}

	public static void main(String[] args) {
		SpringApplication.from(PainwiseApplication::main)
			.with(EmbeddedDevelopmentDatabase.class)
			.withAdditionalProfiles("dev")
			.run(args);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class EmbeddedDevelopmentDatabase {

		@Bean(destroyMethod = "close")
		EmbeddedPostgres developmentPostgres() throws IOException {
			Path data = Path.of(System.getProperty("painwise.data-dir", ".data/postgres")).toAbsolutePath();
			return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
		}

		@Bean
		DataSource dataSource(EmbeddedPostgres developmentPostgres) {
			return TestDatabase.dataSourceFor(developmentPostgres, "postgres");
		}

	}

}
