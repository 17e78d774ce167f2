package org.painwise.site.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import lombok.RequiredArgsConstructor;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Keeps the page caches of several instances in step through PostgreSQL: every eviction
 * is sent with {@code NOTIFY page_cache}, and every instance listens on a connection of
 * its own, in a background thread, and evicts the same pages. A listener that loses its
 * connection connects again and, since it may have missed something, empties its cache.
 */
@RequiredArgsConstructor
class PageCacheNotifications implements SmartLifecycle {

	static final String CHANNEL = "page_cache";

	private static final Logger log = LoggerFactory.getLogger(PageCacheNotifications.class);

	private static final int WAIT_MILLIS = 2_000;

	private final DataSource dataSource;

	private final PageCache cache;

	/** Tells this instance's own notifications from the others'. */
	private final String instance = UUID.randomUUID().toString();

	private volatile boolean running;

	private volatile boolean listening;

	private Thread listener;

	/** Tells the other instances, at once, on a connection outside any transaction. */
	void send(PageCache.Scope scope, String slug) {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(true);
			try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
				notify.setString(1, CHANNEL);
				notify.setString(2, instance + " " + scope.name() + (slug == null ? "" : " " + slug));
				notify.execute();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("NOTIFY failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Whether this instance is listening now (for tests that start a second instance).
	 */
	boolean isListening() {
		return listening;
	}

	@Override
	public void start() {
		running = true;
		listener = new Thread(this::listen, "page-cache-listener");
		listener.setDaemon(true);
		listener.start();
	}

	@Override
	public void stop() {
		running = false;
		if (listener != null) {
			listener.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void listen() {
		boolean first = true;
		while (running) {
			try (Connection connection = openConnection()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				if (!first) {
					cache.evictLocally(PageCache.Scope.EVERYTHING, null);
				}
				first = false;
				listening = true;
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							received(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				listening = false;
				if (running) {
					log.warn("Lost the page cache notification connection, connecting again: {}", ex.getMessage());
					pause();
				}
			}
		}
		listening = false;
	}

	void received(String payload) {
		String[] parts = payload.split(" ", 3);
		if (parts.length < 2 || parts[0].equals(instance)) {
			return;
		}
		try {
			cache.evictLocally(PageCache.Scope.valueOf(parts[1]), parts.length > 2 ? parts[2] : null);
		}
		catch (IllegalArgumentException ex) {
			cache.evictLocally(PageCache.Scope.EVERYTHING, null);
		}
	}

	/**
	 * A connection of its own, outside the pool, so listening never holds a pooled
	 * connection.
	 */
	private Connection openConnection() throws SQLException {
		if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
			return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
		}
		return dataSource.getConnection();
	}

	/**
	 * Waits before connecting again after the connection was lost (PostgreSQL restarting,
	 * say), so a database that is away is not asked again in a tight loop.
	 */
	private void pause() {
		try {
			Thread.sleep(WAIT_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
