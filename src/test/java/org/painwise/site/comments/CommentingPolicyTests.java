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

class CommentingPolicyTests {

	private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);

	@Test
	void anArticleSwitchedOffIsClosed() {
		assertThat(policy(0).closureOf(article(LocalDate.parse("2026-11-01"), false)))
			.isEqualTo(CommentingPolicy.Closure.CLOSED_FOR_ARTICLE);
	}

	@Test
	void commentsCloseTheConfiguredNumberOfDaysAfterPublication() {
		CommentingPolicy thirtyDays = policy(30);
		assertThat(thirtyDays.closureOf(article(LocalDate.parse("2026-10-23"), true)))
			.isEqualTo(CommentingPolicy.Closure.OPEN);
		assertThat(thirtyDays.closureOf(article(LocalDate.parse("2026-10-22"), true)))
			.isEqualTo(CommentingPolicy.Closure.CLOSED_BY_AGE);
	}

	@Test
	void zeroDaysMeansNeverCloseByAge() {
		assertThat(policy(0).closureOf(article(LocalDate.parse("2001-01-01"), true)))
			.isEqualTo(CommentingPolicy.Closure.OPEN);
	}

	private static CommentingPolicy policy(int closeAfterDays) {
		return new CommentingPolicy(new CommentProperties(80, 254, 5000, 3, 50, closeAfterDays, 2, List.of(), 5,
				Duration.ofMinutes(10), Duration.ofSeconds(3)), TODAY);
	}

	private static PublishedArticle article(LocalDate published, boolean open) {
		return new PublishedArticle(1L, "a", "A", published, open);
	}

}
