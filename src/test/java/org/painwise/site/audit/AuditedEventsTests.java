package org.painwise.site.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.painwise.site.TestDatabase;
import org.painwise.site.articles.ArticleStatus;
import org.painwise.site.comments.CommentStatus;
import org.painwise.site.editorial.ArticleReviewed;
import org.painwise.site.editorial.ArticleStatusChanged;
import org.painwise.site.moderation.CommentModerated;
import org.painwise.site.moderation.CommentReplied;
import org.painwise.site.moderation.ReportedCommentKept;
import org.painwise.site.privacy.ReaderDataErased;
import org.painwise.site.staff.StaffMember;
import org.painwise.site.staff.StaffRole;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The audit module turns the events other modules publish into entries, in the
 * publisher's transaction.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
@Import({ TestDatabase.class, AuditLog.class, ModerationAuditing.class, EditorialAuditing.class,
		DataErasureAuditing.class, AuditLogTests.SystemClock.class })
class AuditedEventsTests {

	static final StaffMember NIA = new StaffMember(31, "nia@painwise.example", "Nia", Set.of(StaffRole.MODERATOR));

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditLog audit;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void eachModulesEventsBecomeEntriesInTheSiteLanguage() {
		events.publishEvent(new CommentModerated(501, CommentStatus.HELD, CommentStatus.SPAM, "link farm", NIA));
		events.publishEvent(new ReportedCommentKept(502, 3, NIA));
		events.publishEvent(new CommentReplied(503, 504, "Speak to your GP", true, NIA));
		events.publishEvent(new ArticleStatusChanged(9, ArticleStatus.PUBLISHED, ArticleStatus.DRAFT, "naproxen", NIA));
		events.publishEvent(new ArticleReviewed(9, LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1), "Dr Okafor",
				LocalDate.of(2026, 2, 20), NIA));
		assertThat(entriesBy(NIA.id())).extracting("action", "subjectId", "before", "after", "detail")
			.containsExactly(
					tuple("article.reviewed", "9", "2026-03-01", "2027-03-01", "Reviewed by Dr Okafor on 2026-02-20"),
					tuple("article.unpublished", "9", "PUBLISHED", "DRAFT", "naproxen"),
					tuple("comment.replied", "503", null, "Reply 504", "Standard response: Speak to your GP"),
					tuple("comment.published", "503", "HELD", "PUBLISHED", "Published with a staff reply"),
					tuple("comment.kept", "502", "PUBLISHED, reported 3 times", "PUBLISHED, reports cleared", null),
					tuple("comment.spam", "501", "HELD", "SPAM", "link farm"));
	}

	@Test
	void anErasureIsRecordedWithCountsAndNothingThatLeadsToTheReader() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("comments", 2);
		counts.put("votes", 0);
		counts.put("email confirmations", 1);
		events.publishEvent(new ReaderDataErased(counts, null, null));
		assertThat(audit.find(null, null, null, ZoneOffset.UTC, 1, 0)).singleElement().satisfies(entry -> {
			assertThat(entry.actorName()).isEqualTo("A reader, by their emailed link");
			assertThat(entry.detail()).isEqualTo("2 comments, 1 email confirmations");
		});
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void anEntryIsKeptOnlyWhenItsChangeIs() {
		long kept = 900_000 + System.nanoTime() % 100_000;
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			events.publishEvent(
					new CommentModerated(kept, CommentStatus.HELD, CommentStatus.REJECTED, null, withId(kept)));
			status.setRollbackOnly();
		});
		assertThat(entriesBy(kept)).isEmpty();
		new TransactionTemplate(transactions).executeWithoutResult(status -> events
			.publishEvent(new CommentModerated(kept, CommentStatus.HELD, CommentStatus.REJECTED, null, withId(kept))));
		assertThat(entriesBy(kept)).extracting("action").containsExactly("comment.rejected");
	}

	private List<AuditLog.Recorded> entriesBy(long actorId) {
		return audit.find(actorId, null, null, ZoneOffset.UTC, 10, 0);
	}

	private static StaffMember withId(long id) {
		return new StaffMember(id, "m" + id + "@painwise.example", "Moderator " + id, Set.of(StaffRole.MODERATOR));
	}

}
