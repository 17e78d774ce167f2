package org.painwise.site.comments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.painwise.site.articles.PublishedArticle;

import static org.assertj.core.api.Assertions.assertThat;

/** When comments close: the article's own switch, its age, and an overdue review. */
class CommentingPolicyTests {

	private static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);

	private static CommentingPolicy policy(int closeAfterDays, boolean closeWhenReviewOverdue) {
		return new CommentingPolicy(new CommentProperties(80, 254, 5000, 3, 50, closeAfterDays, 2, List.of(), 5, 10,
				Duration.ofMinutes(10), Duration.ofSeconds(3), closeWhenReviewOverdue, 8388608L, 0L, 10), TODAY);
	}

	private static PublishedArticle article(boolean open, LocalDate nextReviewDue) {
		return new PublishedArticle(1L, "a", "A", LocalDate.of(2025, 1, 1), open, nextReviewDue);
	}

	@Test
	void anArticlePastItsReviewDateIsClosedForThatReason() {
		assertThat(policy(0, true).closureOf(article(true, LocalDate.of(2026, 6, 14))))
			.isEqualTo(CommentingPolicy.Closure.CLOSED_REVIEW_OVERDUE);
	}

	@Test
	void theReviewDateItselfAndLaterAreStillOpen() {
		assertThat(policy(0, true).closureOf(article(true, LocalDate.of(2026, 6, 15))))
			.isEqualTo(CommentingPolicy.Closure.OPEN);
		assertThat(policy(0, true).closureOf(article(true, null))).isEqualTo(CommentingPolicy.Closure.OPEN);
	}

	@Test
	void withTheSettingOffAnOverdueArticleStaysOpen() {
		assertThat(policy(0, false).closureOf(article(true, LocalDate.of(2020, 1, 1))))
			.isEqualTo(CommentingPolicy.Closure.OPEN);
	}

	@Test
	void theArticlesOwnSwitchAndAgeComeFirst() {
		assertThat(policy(0, true).closureOf(article(false, LocalDate.of(2020, 1, 1))))
			.isEqualTo(CommentingPolicy.Closure.CLOSED_FOR_ARTICLE);
		assertThat(policy(30, true).closureOf(article(true, LocalDate.of(2020, 1, 1))))
			.isEqualTo(CommentingPolicy.Closure.CLOSED_BY_AGE);
	}

}
