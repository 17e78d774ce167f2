package org.painwise.site.comments;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.articles.ArticleCatalog;
import org.painwise.site.articles.PublishedArticle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comments from one address arriving at the same moment: the hourly limit is checked and
 * used in one step, so exactly the limit gets through, however many race. Against the
 * real PostgreSQL, each post committing on its own as on the site.
 */
@SiteTest
// a database of its own: the comments stay held, and other tests count the queue
@TestPropertySource(properties = "spring.application.name=concurrent-comments")
class ConcurrentCommentsTests {

	@Autowired
	CommentPosting posting;

	@Autowired
	CommentProperties properties;

	@Autowired
	ArticleCatalog catalog;

	@Test
	void theHourlyLimitOfOneAddressHoldsUnderConcurrentPosts() throws Exception {
		PublishedArticle article = catalog.findPublished("pregabalin").orElseThrow();
		CommentPosting.Visitor visitor = new CommentPosting.Visitor(null, "busy-" + UUID.randomUUID());
		int limit = properties.perHourLimit();
		ExecutorService pool = Executors.newFixedThreadPool(limit * 3);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<CommentPosting.Outcome>> outcomes = new ArrayList<>();
			for (int i = 0; i < limit * 3; i++) {
				CommentForm form = new CommentForm("Busy", "busy@example.com", "At the same moment, number " + i, "yes",
						"", "", "", null, null);
				outcomes.add(pool.submit(() -> {
					start.await();
					return posting.post(article, form, visitor);
				}));
			}
			start.countDown();
			List<CommentPosting.Outcome> results = new ArrayList<>();
			for (Future<CommentPosting.Outcome> outcome : outcomes) {
				results.add(outcome.get(60, TimeUnit.SECONDS));
			}

			assertThat(results).filteredOn(CommentPosting.Outcome.Posted.class::isInstance).hasSize(limit);
			assertThat(results).filteredOn(CommentPosting.Outcome.TooMany.class::isInstance).hasSize(limit * 2);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
