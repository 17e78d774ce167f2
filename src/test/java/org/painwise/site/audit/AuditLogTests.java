package org.painwise.site.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.painwise.site.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ TestDatabase.class, AuditLog.class, AuditLogTests.SystemClock.class })
class AuditLogTests {

	@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
	static class SystemClock {

		@org.springframework.context.annotation.Bean
		java.time.Clock clock() {
			return java.time.Clock.systemUTC();
		}

	}

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void entriesAreRecordedAndFoundByPersonAndDay() {
		audit.record(new AuditLog.Entry(7L, "James", "comment.published", "comment", "42", "HELD", "PUBLISHED", null));
		audit.record(new AuditLog.Entry(8L, "Priya", "article.published", "article", "9", "DRAFT", "PUBLISHED", null));
		assertThat(audit.find(7L, null, null, ZoneOffset.UTC, 10, 0)).singleElement().satisfies(entry -> {
			assertThat(entry.actorName()).isEqualTo("James");
			assertThat(entry.before()).isEqualTo("HELD");
			assertThat(entry.after()).isEqualTo("PUBLISHED");
		});
		assertThat(audit.find(null, LocalDate.now().plusDays(1), null, ZoneOffset.UTC, 10, 0)).isEmpty();
		assertThat(audit.find(null, LocalDate.now().minusDays(1), LocalDate.now().plusDays(1), ZoneOffset.UTC, 10, 0))
			.hasSize(2);
	}

	/**
	 * As the application's own database role: no update, no delete, and no TRUNCATE,
	 * which skips row triggers.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "update audit_entry set actor_name = 'Someone else'", "delete from audit_entry",
			"truncate audit_entry" })
	void entriesCanNeverBeChangedOrRemoved(String statement) {
		audit.record(new AuditLog.Entry(7L, "James", "comment.rejected", "comment", "43", "HELD", "REJECTED", "rude"));
		assertThatThrownBy(() -> jdbc.sql(statement).update()).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("audit entries cannot be changed or removed");
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void anEntryIsOnlyWrittenAlongsideTheChangeItDescribes() {
		assertThatThrownBy(() -> audit.record(new AuditLog.Entry(null, "system", "x", "y", null, null, null, null)))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

}
