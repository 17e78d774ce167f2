package org.painwise.site.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

/**
 * The database of {@code bench/run.sh}: an embedded PostgreSQL 18 in a fresh data
 * directory on a given port, migrated with the site's migrations, the sample content and
 * the benchmark's long thread ({@code bench/db}). It prints one line starting with
 * {@value #READY} and the JDBC URL once the data is in, then serves until the process is
 * stopped, when PostgreSQL is stopped with it.
 *
 * <p>
 * Arguments: the data directory, the port, and the extra Flyway location of the
 * benchmark's data (for example {@code filesystem:bench/db}).
 */
public final class BenchmarkDatabase {

	static final String READY = "Benchmark database ready:";

	private BenchmarkDatabase() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		if (args.length != 3) {
			System.err.println("Usage: BenchmarkDatabase <data directory> <port> <extra Flyway location>");
			System.exit(2);
		}
		Path data = Path.of(args[0]).toAbsolutePath();
		int port = Integer.parseInt(args[1]);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(true)
			.setPort(port)
			.start();
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				postgres.close();
			}
			catch (IOException ex) {
				System.err.println("Could not stop PostgreSQL cleanly: " + ex.getMessage());
			}
			stopped.countDown();
		}));
		Flyway.configure()
			.dataSource(postgres.getPostgresDatabase())
			.locations("classpath:db/migration", "classpath:db/sample", args[2])
			.load()
			.migrate();
		System.out.println(READY + " " + postgres.getJdbcUrl("postgres", "postgres"));
		System.out.flush();
		stopped.await();
	}

}
