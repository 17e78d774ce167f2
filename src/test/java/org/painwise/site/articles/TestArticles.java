package org.painwise.site.articles;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes articles straight into the database for tests, so a test can say exactly what
 * exists.
 */
class TestArticles {

	private final JdbcClient jdbc;

	TestArticles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long person(String name) {
		return jdbc.sql(
				"insert into person (name, credentials, bio) values (:name, 'Test Credentials', 'A bio.') returning id")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	long topic(String slug) {
		return jdbc
			.sql("insert into topic (slug, name, description) values (:slug, :slug, 'About ' || :slug) returning id")
			.param("slug", slug)
			.query(Long.class)
			.single();
	}

	long article(String slug, String title, String body, String status, long personId) {
		return jdbc.sql("""
				insert into article (slug, title, standfirst, body_markdown, author_id, reviewer_id,
				                     first_published, last_reviewed, next_review_due, status)
				values (:slug, :title, 'Standfirst of ' || :title, :body, :person, :person, :published, :published,
				        :due, :status)
				returning id""")
			.param("slug", slug)
			.param("title", title)
			.param("body", body)
			.param("person", personId)
			.param("published", status.equals("DRAFT") ? null : LocalDate.now().minusDays(10))
			.param("due", LocalDate.now().plusYears(1))
			.param("status", status)
			.query(Long.class)
			.single();
	}

	void addToTopic(long articleId, long topicId) {
		jdbc.sql("insert into article_topic (article_id, topic_id) values (?, ?)").params(articleId, topicId).update();
	}

	void addReferencesAndFaqs(long articleId, int count) {
		for (int i = 0; i < count; i++) {
			jdbc.sql("insert into article_reference (article_id, position, text, url) values (?, ?, ?, ?)")
				.params(articleId, i, "Reference " + i, "https://example.org/" + i)
				.update();
			jdbc.sql("insert into article_faq (article_id, position, question, answer) values (?, ?, ?, ?)")
				.params(articleId, i, "Question " + i + "?", "Answer " + i + ".")
				.update();
		}
	}

}
