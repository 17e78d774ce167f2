package org.painwise.site.editorial;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.TestCsrf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A minor edit leaves the review dates alone; marking as reviewed moves them. Overdue
 * articles are listed for editors and have their comments closed, with the reason, until
 * reviewed.
 */
@SiteTest
class ReviewDatesTests extends EditorTestSupport {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

	@Test
	void aMinorEditKeepsTheDatesAndMarkingAsReviewedMovesThem() throws Exception {
		String slug = EditorialFixtures.uniqueSlug("review");
		long id = publishedArticleReviewedOn(slug, LocalDate.of(2022, 1, 10), LocalDate.of(2025, 1, 10));

		mvc.perform(fixtures.articleForm("/staff/articles/" + id, "Reviewed", slug, "Changed a word.")
			.param("version", String.valueOf(fixtures.versionOf(id)))
			.param("action", "save")
			.session(editor)
			.with(TestCsrf.csrf())).andExpect(redirectedUrl("/staff/articles/" + id));
		assertThat(dates(id)).isEqualTo("2022-01-10 2025-01-10");

		mvc.perform(fixtures.articleForm("/staff/articles/" + id, "Reviewed", slug, "Checked every line.")
			.param("version", String.valueOf(fixtures.versionOf(id)))
			.param("action", "review")
			.session(editor)
			.with(TestCsrf.csrf())).andExpect(redirectedUrl("/staff/articles/" + id));
		assertThat(dates(id)).isEqualTo(today + " " + today.plusYears(3));
		assertThat(jdbc.sql("select count(*) from article_review where article_id = :id and reviewer_id = :p")
			.param("id", id)
			.param("p", fixtures.personId(1))
			.query(Long.class)
			.single()).isOne();
		assertThat(jdbc.sql(
				"select action || ': ' || detail from audit_entry where subject_type = 'article' and subject_id = :id order by id desc limit 1")
			.param("id", String.valueOf(id))
			.query(String.class)
			.single()).startsWith("article.reviewed: Reviewed by ").endsWith(" on " + today);
		mvc.perform(get("/articles/" + slug))
			.andExpect(content().string(allOf(containsString("Last reviewed " + DAY.format(today)),
					containsString("Next review due " + DAY.format(today.plusYears(3))),
					not(containsString("This page is due for review.")))));
	}

	@Test
	void commentsCloseWhileTheReviewIsOverdueAndReopenOnceReviewed() throws Exception {
		String slug = EditorialFixtures.uniqueSlug("comments");
		long id = publishedArticleReviewedOn(slug, today.minusYears(4), today.minusDays(1));
		mvc.perform(get("/articles/" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Comments are closed."),
					containsString("Comments are closed while this page is due for review."))));

		mvc.perform(fixtures.articleForm("/staff/articles/" + id, "Reviewed", slug, "Body.")
			.param("version", String.valueOf(fixtures.versionOf(id)))
			.param("action", "review")
			.session(editor)
			.with(TestCsrf.csrf()));
		mvc.perform(get("/articles/" + slug))
			.andExpect(content()
				.string(allOf(not(containsString("Comments are closed")), containsString("id=\"comment-form-home\""))));
	}

	@Test
	void theReviewListShowsOverdueAndSoonDueArticlesOldestFirst() throws Exception {
		String soon = EditorialFixtures.uniqueSlug("soon");
		String older = EditorialFixtures.uniqueSlug("older");
		String later = EditorialFixtures.uniqueSlug("later");
		publishedArticleReviewedOn(soon, today.minusYears(3), today.plusDays(30));
		publishedArticleReviewedOn(older, today.minusYears(5), today.minusYears(2).minusDays(200));
		publishedArticleReviewedOn(later, today, today.plusDays(90));
		String page = mvc.perform(get("/staff/reviews").session(editor))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/staff/articles/", "Overdue since", "Due " + DAY.format(today.plusDays(30)))
			.doesNotContain(later);
		int olderAt = page.indexOf("Overdue since " + DAY.format(today.minusYears(2).minusDays(200)));
		int gabapentinAt = page.indexOf(">Gabapentin");
		int soonAt = page.indexOf("Due " + DAY.format(today.plusDays(30)));
		assertThat(olderAt).isPositive().isLessThan(soonAt);
		assertThat(gabapentinAt).isPositive().isLessThan(soonAt);

		mvc.perform(get("/staff").session(editor))
			.andExpect(content().string(allOf(containsString("Articles and reviews"),
					containsString("overdue for review"), containsString("href=\"/staff/reviews\""))));
	}

	private long publishedArticleReviewedOn(String slug, LocalDate lastReviewed, LocalDate nextDue) throws Exception {
		long id = fixtures.createDraft(editor, "Reviewed", slug, "Body.");
		mvc.perform(fixtures.publish(editor, id));
		jdbc.sql("update article set last_reviewed = :last, next_review_due = :next where id = :id")
			.param("last", lastReviewed)
			.param("next", nextDue)
			.param("id", id)
			.update();
		return id;
	}

	private String dates(long id) {
		return jdbc.sql("select last_reviewed || ' ' || next_review_due from article where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
