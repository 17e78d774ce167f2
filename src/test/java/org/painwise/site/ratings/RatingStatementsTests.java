package org.painwise.site.ratings;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.StatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ratings on an article page cost a fixed number of statements: one for the article's
 * summary and one for all the comments' summaries, however many comments and votes there
 * are.
 */
@SiteTest
@Transactional
class RatingStatementsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@PersistenceContext
	EntityManager entityManager;

	@Test
	void morePublishedAndRatedCommentsDoNotCostMoreStatements() throws Exception {
		RatingFixtures fixtures = new RatingFixtures(jdbc);
		long articleId = fixtures.articleId("nortriptyline");
		addRatedComments(articleId, 3);
		long few = statementsFor("/articles/nortriptyline");

		// still within the first page of threads (comments.page-size), so all are on the
		// page
		addRatedComments(articleId, 18);
		String html = mvc.perform(get("/articles/nortriptyline")).andReturn().getResponse().getContentAsString();
		assertThat(html.split("class=\"rating-summary\">Rating: 3.00/5. From 2 votes.<", -1)).hasSize(21 + 1);
		long many = statementsFor("/articles/nortriptyline");

		assertThat(many).isEqualTo(few);
	}

	@Test
	void theArticleSummaryIsOneStatementAndCommentSummariesOneMore() throws Exception {
		// duloxetine has no comments, so no comment summaries are read for it
		long withoutComments = statementsFor("/articles/duloxetine");
		RatingFixtures fixtures = new RatingFixtures(jdbc);
		fixtures.comment("duloxetine", "PUBLISHED", "First");
		long withComments = statementsFor("/articles/duloxetine");
		// the replies of the page's threads, and the summaries of its comments
		assertThat(withComments).isEqualTo(withoutComments + 2);
	}

	private void addRatedComments(long articleId, int count) {
		jdbc.sql(
				"""
						insert into comment (article_id, status, author_name, author_email, body, created_at)
						select ?, 'PUBLISHED', 'Reader ' || n, 'r@example.com', 'Rated comment ' || n, now() - n * interval '1 minute'
						from generate_series(1, ?) as n""")
			.params(articleId, count)
			.update();
		jdbc.sql("update comment set root_id = id where root_id is null and parent_id is null").update();
		jdbc.sql(
				"""
						insert into vote (item_type, item_id, value, voter_key, ip_hash)
						select 'COMMENT', c.id, v.value, md5(random()::text), md5(random()::text)
						from comment c cross join (values (2), (4)) as v (value)
						where c.article_id = ? and not exists (select 1 from vote where item_type = 'COMMENT' and item_id = c.id)""")
			.param(articleId)
			.update();
		jdbc.sql("""
				insert into rating_summary (item_type, item_id, vote_count, vote_sum)
				select 'COMMENT', c.id, 2, 6 from comment c where c.article_id = ?
				on conflict do nothing""").param(articleId).update();
	}

	private long statementsFor(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isOk());
		entityManager.clear();
		StatementCounter.reset();
		mvc.perform(get(path)).andExpect(status().isOk());
		return StatementCounter.count();
	}

}
