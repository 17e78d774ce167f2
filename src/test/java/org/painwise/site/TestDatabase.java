package org.painwise.site;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The database every test uses: PostgreSQL 18 in a Testcontainers container where a
 * Docker engine answers, otherwise an embedded PostgreSQL 18 started once per test run.
 * Both get the same Flyway migrations. Docker is probed quietly first, so a machine
 * without it sees no error output.
 *
 * <p>
 * {@code TEST_DATABASE=embedded} or {@code TEST_DATABASE=docker} forces one or the other.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestSessions.class)
public class TestDatabase {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:18-alpine");
	}

	/** Each application context gets a fresh database of its own on the shared server. */
	@Bean
	@Conditional(DockerMissing.class)
	DataSource embeddedDataSource() throws SQLException {
		EmbeddedPostgres postgres = EmbeddedDatabase.shared();
		String database = "test_" + DATABASES.incrementAndGet();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + database);
		}
		return dataSourceFor(postgres, database);
	}

	static DataSource dataSourceFor(EmbeddedPostgres postgres, String database) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", database));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(20);
		// many test contexts are kept at once, each with a pool: connections are opened
		// as needed
		// and closed again when idle, so the pools together stay within the server's
		// limit
		dataSource.setMinimumIdle(1);
		dataSource.setIdleTimeout(15_000);
		return dataSource;
	}

	/**
	 * Whether a Docker engine answers, asked without letting Testcontainers log its
	 * search.
	 */
	static boolean dockerAvailable() {
		String forced = System.getenv("TEST_DATABASE");
		if ("embedded".equalsIgnoreCase(forced)) {
			return false;
		}
		if ("docker".equalsIgnoreCase(forced) || System.getenv("DOCKER_HOST") != null) {
			return true;
		}
		Path socket = Path.of("/var/run/docker.sock");
		if (!Files.exists(socket)) {
			return false;
		}
		try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			return channel.connect(UnixDomainSocketAddress.of(socket));
		}
		catch (IOException ex) {
			return false;
		}
	}

	static final class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return dockerAvailable();
		}

	}

	static final class DockerMissing implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !dockerAvailable();
		}

	}

	/** One embedded server for the whole test JVM, stopped when the JVM exits. */
	static final class EmbeddedDatabase {

		private static EmbeddedPostgres instance;

		static synchronized EmbeddedPostgres shared() {
			if (instance == null) {
				try {
					// stopped by the handler below, after the test contexts have closed,
					// not by its own hook
					instance = EmbeddedPostgres.builder()
						.setServerConfig("max_connections", "300")
						.setRegisterShutdownHook(false)
						.start();
				}
				catch (IOException ex) {
					throw new IllegalStateException("Could not start the embedded PostgreSQL for tests", ex);
				}
				// Spring runs its shutdown handlers after it has closed every application
				// context: stopped
				// under them, the contexts would each wait out a connection timeout (30
				// seconds)
				SpringApplication.getShutdownHandlers().add(() -> {
					try {
						instance.close();
					}
					catch (IOException ignored) {
						// the JVM is exiting; the temporary data directory goes with it
					}
				});
			}
			return instance;
		}

	}

}
