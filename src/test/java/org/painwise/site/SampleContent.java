package org.painwise.site;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The development site's sample content, as tests find it in the database; the fixtures
 * of each module start from this.
 */
public class SampleContent {

	protected final JdbcClient jdbc;

	public SampleContent(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The id of the article with this slug. */
	public long articleId(String slug) {
		return jdbc.sql("select id from article where slug = ?").param(slug).query(Long.class).single();
	}

}
