package org.painwise.site.shared;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What happens when the database cannot be reached (restarting, failed over, the network
 * down): the visitor gets a 503 page in the site's layout with {@code Retry-After},
 * saying that nothing was saved and they can try again, never a 500. Pages the page cache
 * holds are still served.
 *
 * <p>
 * Errors inside Spring MVC become that page through {@link ErrorPages}, which also gives
 * back the text of the form that was sent; this filter, first in the chain, catches the
 * same errors from the filters (staff sessions, sign-in checks) and sends the container's
 * 503 page. The pool's and the driver's time-outs (see {@code application.properties})
 * make a stuck database fail fast instead of holding every thread.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DatabaseUnavailable extends OncePerRequestFilter {

	/** How long a visitor is asked to wait before trying again, in seconds. */
	public static final String RETRY_AFTER_SECONDS = "30";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

	/**
	 * PostgreSQL's codes for a lost or refused connection and for a server shutting down
	 * or starting.
	 */
	private static final List<String> UNAVAILABLE_STATES = List.of("08", "57P01", "57P02", "57P03");

	private final DataSource dataSource;

	/**
	 * Whether an error means the database could not be reached, rather than a fault in
	 * the site: the error says so (a refused or lost connection, a server shutting down),
	 * or it came from the database in some other way (a failed rollback on a connection
	 * that was cut, say) and the database does not answer now.
	 */
	public boolean explains(Throwable error) {
		if (saysUnreachable(error)) {
			return true;
		}
		return fromTheDatabase(error) && !databaseAnswers();
	}

	static boolean saysUnreachable(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException
					|| cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& UNAVAILABLE_STATES.stream().anyMatch(state -> sql.getSQLState().startsWith(state))) {
				return true;
			}
		}
		return false;
	}

	private static boolean fromTheDatabase(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLException || cause instanceof DataAccessException
					|| cause instanceof TransactionException || cause instanceof PersistenceException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Asked only after an error: waits no longer than the pool's time-out for a
	 * connection.
	 */
	private boolean databaseAnswers() {
		try (Connection connection = dataSource.getConnection()) {
			return connection.isValid(2);
		}
		catch (SQLException | RuntimeException ex) {
			return false;
		}
	}

	/** Marks a response as "try again later". */
	public static void retryLater(HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	static void logged(Throwable error) {
		// the kind of failure only: a driver's message can quote a statement's values
		log.warn("The database could not be reached ({}); answered 503", error.getClass().getSimpleName());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (response.isCommitted() || !explains(ex)) {
				throw ex;
			}
			logged(ex);
			response.resetBuffer();
			retryLater(response);
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		}
	}

}
