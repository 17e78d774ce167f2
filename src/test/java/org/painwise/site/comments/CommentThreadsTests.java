package org.painwise.site.comments;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.painwise.site.ratings.RatingProperties;
import org.painwise.site.ratings.Ratings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queries behind an article's comment thread, against real PostgreSQL: threading,
 * paging, counts, and the visitor's own held comments.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ TestDatabase.class, Ratings.class })
@EnableConfigurationProperties(RatingProperties.class)
class CommentThreadsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ratings ratings;

	@TestConfiguration
	static class Clocks {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

	CommentThreads threads;

	long article;

	@BeforeEach
	void article() {
		long person = jdbc.sql("insert into person (name, credentials) values ('P', 'C') returning id")
			.query(Long.class)
			.single();
		article = jdbc
			.sql("""
					insert into article (slug, title, standfirst, body_markdown, author_id, reviewer_id, first_published, status)
					values ('thread-test', 'T', 'S', 'B', ?, ?, current_date, 'PUBLISHED') returning id""")
			.params(person, person)
			.query(Long.class)
			.single();
		threads = new CommentThreads(jdbc, new CommentProperties(80, 254, 5000, 3, 2, 0, 2, List.of(), 5, 10,
				Duration.ofMinutes(10), Duration.ofSeconds(3), true, 8388608L, 0L, 10), Clock.systemUTC(), ratings);
	}

	@Test
	void threadsArePagedByTopLevelCommentWithRepliesNestedUnderTheirParents() {
		long first = comment(null, null, 0, "PUBLISHED", "first", 100, null);
		long second = comment(null, null, 0, "PUBLISHED", "second", 90, null);
		long third = comment(null, null, 0, "PUBLISHED", "third", 80, null);
		long reply = comment(first, first, 1, "PUBLISHED", "reply to first", 70, null);
		comment(reply, first, 2, "PUBLISHED", "reply to reply", 60, null);
		comment(first, first, 1, "REJECTED", "rejected reply", 50, null);
		comment(second, second, 1, "HELD", "held reply by me", 40, "me");
		comment(third, third, 1, "HELD", "held reply on page two", 30, "me");
		comment(null, null, 0, "HELD", "held by someone else", 20, "someone-else");

		CommentThread page1 = threads.page(article, 1, "me");
		assertThat(page1.publishedCount()).isEqualTo(5);
		assertThat(page1.topLevelCount()).isEqualTo(3);
		assertThat(page1.totalPages()).isEqualTo(2);
		assertThat(page1.comments()).extracting(CommentView::id).containsExactly(first, second);
		CommentView firstView = page1.comments().get(0);
		assertThat(firstView.replies()).extracting(CommentView::bodyHtml).containsExactly("reply to first");
		assertThat(firstView.replies().get(0).replies()).extracting(CommentView::bodyHtml)
			.containsExactly("reply to reply");
		assertThat(page1.comments().get(1).replies()).singleElement()
			.satisfies(held -> assertThat(held.held()).isTrue());
		// a held reply whose parent is on another page is still shown to its writer
		assertThat(page1.ownHeld()).extracting(CommentView::bodyHtml).containsExactly("held reply on page two");

		CommentThread page2 = threads.page(article, 2, null);
		assertThat(page2.comments()).extracting(CommentView::id).containsExactly(third);
		assertThat(threads.page(article, 99, null).page()).isEqualTo(2);
	}

	@Test
	void locatingACommentFindsThePageOfItsThread() {
		comment(null, null, 0, "PUBLISHED", "a", 100, null);
		comment(null, null, 0, "PUBLISHED", "b", 90, null);
		long c = comment(null, null, 0, "PUBLISHED", "c", 80, null);
		long replyToC = comment(c, c, 1, "PUBLISHED", "reply to c", 70, null);
		assertThat(threads.locate(replyToC)).hasValueSatisfying(found -> {
			assertThat(found.page()).isEqualTo(2);
			assertThat(found.articleId()).isEqualTo(article);
		});
		assertThat(threads.locate(999_999_999L)).isEmpty();
	}

	@Test
	void newestFirstTurnsTheTopLevelOrderAroundAndKeepsRepliesInConversationOrder() {
		long oldest = comment(null, null, 0, "PUBLISHED", "oldest", 100, null);
		long middle = comment(null, null, 0, "PUBLISHED", "middle", 90, null);
		long newest = comment(null, null, 0, "PUBLISHED", "newest", 80, null);
		long firstReply = comment(oldest, oldest, 1, "PUBLISHED", "first reply", 70, null);
		long laterReply = comment(oldest, oldest, 1, "PUBLISHED", "later reply", 60, null);

		assertThat(threads.page(article, 1, CommentOrder.NEWEST, null).comments()).extracting(CommentView::id)
			.containsExactly(newest, middle);
		CommentThread second = threads.page(article, 2, CommentOrder.NEWEST, null);
		assertThat(second.comments()).extracting(CommentView::id).containsExactly(oldest);
		assertThat(second.comments().get(0).replies()).extracting(CommentView::id)
			.containsExactly(firstReply, laterReply);
	}

	@Test
	void mostHelpfulDampsCommentsWithFewVotes() {
		long manyFives = comment(null, null, 0, "PUBLISHED", "five votes of 5", 100, null);
		long oneFive = comment(null, null, 0, "PUBLISHED", "one vote of 5", 90, null);
		long unrated = comment(null, null, 0, "PUBLISHED", "no votes", 80, null);
		long manyOnes = comment(null, null, 0, "PUBLISHED", "three votes of 1", 70, null);
		long reply = comment(manyOnes, manyOnes, 1, "PUBLISHED", "a reply with many votes", 60, null);
		summary(manyFives, 5, 25);
		summary(oneFive, 1, 5);
		summary(manyOnes, 3, 3);
		// a reply's votes rank nothing: only top-level comments are ordered
		summary(reply, 50, 250);

		CommentThread first = threads.page(article, 1, CommentOrder.HELPFUL, null);
		CommentThread second = threads.page(article, 2, CommentOrder.HELPFUL, null);

		assertThat(first.comments()).extracting(CommentView::id).containsExactly(manyFives, oneFive);
		assertThat(second.comments()).extracting(CommentView::id).containsExactly(unrated, manyOnes);
		assertThat(second.comments().get(1).replies()).extracting(CommentView::id).containsExactly(reply);
		assertThat(second.totalPages()).isEqualTo(2);
	}

	private void summary(long comment, int count, int sum) {
		jdbc.sql("insert into rating_summary (item_type, item_id, vote_count, vote_sum) values ('COMMENT', ?, ?, ?)")
			.params(comment, count, sum)
			.update();
	}

	private long comment(Long parent, Long root, int depth, String status, String body, int minutesAgo,
			String visitor) {
		long id = jdbc.sql("""
				insert into comment (article_id, parent_id, root_id, depth, status, author_name, author_email, body,
				                     created_at, visitor_key)
				values (?, ?, ?, ?, ?, 'Name', 'n@example.com', ?, now() - ? * interval '1 minute', ?) returning id""")
			.params(article, parent, root, depth, status, body, minutesAgo, visitor)
			.query(Long.class)
			.single();
		if (root == null) {
			jdbc.sql("update comment set root_id = id where id = ?").param(id).update();
		}
		return id;
	}

}
