package org.painwise.site.articles;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
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
 * The article page costs the same few SQL statements however long the article is and
 * however many topics, references and questions it has.
 */
@SiteTest
class ArticlePageStatementsTests {

	/**
	 * Article with people and topics, references, questions, related articles; the
	 * article's rating summary; whether it asks readers about a medicine; then the
	 * comments: counts, top-level page (no replies, and no comment rating summaries, are
	 * read when there are no comments).
	 */
	static final int STATEMENTS_PER_ARTICLE_PAGE = 8;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@PersistenceContext
	EntityManager entityManager;

	@Test
	@Transactional
	void shortAndLongArticlesTakeTheSameNumberOfStatements() throws Exception {
		TestArticles articles = new TestArticles(jdbc);
		long person = articles.person("Statement Counter");
		long shortArticle = articles.article("short-one", "Short one", "Just a line.", "PUBLISHED", person);
		long longArticle = articles.article("long-one", "Long one", "## Section\n\nText.\n".repeat(200), "PUBLISHED",
				person);
		articles.addReferencesAndFaqs(shortArticle, 1);
		articles.addReferencesAndFaqs(longArticle, 40);
		for (int i = 0; i < 5; i++) {
			articles.addToTopic(longArticle, articles.topic("statement-topic-" + i));
		}
		articles.addToTopic(shortArticle, articles.topic("statement-topic-short"));

		// the first page view of a fresh site creates its signing key once, and the count
		// of votes
		// since an article's last review is kept for the vote lag: neither is per page
		// view
		mvc.perform(get("/articles/short-one")).andExpect(status().isOk());
		mvc.perform(get("/articles/long-one")).andExpect(status().isOk());

		long shortCount = statementsFor("/articles/short-one");
		long longCount = statementsFor("/articles/long-one");

		assertThat(longCount).isEqualTo(shortCount).isEqualTo(STATEMENTS_PER_ARTICLE_PAGE);
	}

	private long statementsFor(String path) throws Exception {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		// each real request has a fresh persistence context; the test's transaction would
		// share one
		entityManager.clear();
		statistics.clear();
		StatementCounter.reset();
		mvc.perform(get(path)).andExpect(status().isOk());
		// Hibernate's own count of the JPA statements, and the count of everything sent
		// to the database
		long jpaStatements = statistics.getPrepareStatementCount();
		assertThat(StatementCounter.count()).isGreaterThanOrEqualTo(jpaStatements);
		return StatementCounter.count();
	}

}
