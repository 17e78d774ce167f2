package org.painwise.site.ratings;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.painwise.site.SampleContent;
import org.painwise.site.shared.SiteSecrets;
import org.painwise.site.shared.TestVisitors;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.painwise.site.TestOrigin.sameOrigin;

/**
 * Builds votes as a browser sends them, writes articles, comments and votes straight into
 * the database, and reads back what was stored.
 */
class RatingFixtures extends SampleContent {

	static final String VISITOR = "0123456789abcdef0123456789abcdef";

	static final String OTHER_VISITOR = "fedcba9876543210fedcba9876543210";

	private final SiteSecrets secrets;

	RatingFixtures(JdbcClient jdbc) {
		this(jdbc, null);
	}

	/** With the site's keys, for tests that send visitor cookies. */
	RatingFixtures(JdbcClient jdbc, SiteSecrets secrets) {
		super(jdbc);
		this.secrets = secrets;
	}

	/** A vote sent by the form, as a browser without JavaScript sends it. */
	static MockHttpServletRequestBuilder vote(String path, String value) {
		MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post(path)
			.with(sameOrigin())
			.accept(MediaType.TEXT_HTML);
		return value == null ? post : post.param("value", value);
	}

	/** A vote sent by the page's script: the same form, asking for JSON. */
	static MockHttpServletRequestBuilder voteForJson(String path, String value) {
		MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post(path)
			.with(sameOrigin())
			.accept(MediaType.APPLICATION_JSON);
		return value == null ? post : post.param("value", value);
	}

	/** The cookie of a visitor with this key, signed as the site signs it. */
	Cookie visitor(String key) {
		return TestVisitors.cookie(secrets, key);
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A new article with the given status, by the first sample author. */
	long article(String slug, String status) {
		return jdbc
			.sql("""
					insert into article (slug, title, standfirst, body_markdown, author_id, reviewer_id,
					                     first_published, last_reviewed, next_review_due, status)
					select :slug, 'Title of ' || :slug, 'Standfirst.', 'Body.', p.id, p.id, :published, :published, :due, :status
					from person p order by p.id limit 1
					returning id""")
			.param("slug", slug)
			.param("published", status.equals("DRAFT") ? null : LocalDate.now().minusDays(3))
			.param("due", LocalDate.now().plusYears(1))
			.param("status", status)
			.query(Long.class)
			.single();
	}

	/** A top-level comment with the given status on an article. */
	long comment(String slug, String status, String author) {
		long id = jdbc.sql("""
				insert into comment (article_id, status, author_name, author_email, body, created_at)
				values (?, ?, ?, 'someone@example.com', 'A comment by ' || ?, now() - interval '1 day') returning id""")
			.params(articleId(slug), status, author, author)
			.query(Long.class)
			.single();
		jdbc.sql("update comment set root_id = id where id = ?").param(id).update();
		return id;
	}

	/**
	 * Votes written straight in, with made-up voters, and the summary kept in step as the
	 * site does.
	 */
	void votes(String kind, long itemId, int... values) {
		for (int value : values) {
			jdbc.sql("""
					insert into vote (item_type, item_id, value, voter_key, ip_hash)
					values (?, ?, ?, md5(random()::text), md5(random()::text))""").params(kind, itemId, value).update();
		}
		resummarise(kind, itemId);
	}

	/**
	 * Votes from one address hash, each on a different made-up item, within the last
	 * hour.
	 */
	void recentVotesFrom(String ipHash, int count) {
		jdbc.sql("""
				insert into vote (item_type, item_id, value, voter_key, ip_hash, created_at)
				select 'COMMENT', 900000000 + n, 3, md5(random()::text), ?, now() - interval '10 minutes'
				from generate_series(1, ?) as n""").params(ipHash, count).update();
	}

	void resummarise(String kind, long itemId) {
		jdbc.sql("delete from rating_summary where item_type = ? and item_id = ?").params(kind, itemId).update();
		jdbc.sql("""
				insert into rating_summary (item_type, item_id, vote_count, vote_sum)
				select item_type, item_id, count(*), sum(value) from vote where item_type = ? and item_id = ?
				group by item_type, item_id""").params(kind, itemId).update();
	}

	long voteRows() {
		return jdbc.sql("select count(*) from vote").query(Long.class).single();
	}

	/** The summary row of an item as stored: count and sum, or none. */
	RatingSummary stored(String kind, long itemId) {
		return jdbc.sql("select vote_count, vote_sum from rating_summary where item_type = ? and item_id = ?")
			.params(kind, itemId)
			.query((rs, row) -> new RatingSummary(rs.getLong(1), rs.getLong(2)))
			.optional()
			.orElse(RatingSummary.NONE);
	}

	/** The same, counted from the vote rows. */
	RatingSummary counted(String kind, long itemId) {
		return jdbc.sql("select count(*), coalesce(sum(value), 0) from vote where item_type = ? and item_id = ?")
			.params(kind, itemId)
			.query((rs, row) -> new RatingSummary(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/** The latest vote on an item. */
	StoredVote latestVote(String kind, long itemId) {
		return jdbc.sql("""
				select value, voter_key, ip_hash, v::text as everything from vote v
				where item_type = ? and item_id = ? order by id desc limit 1""")
			.params(kind, itemId)
			.query((rs, row) -> new StoredVote(rs.getInt("value"), rs.getString("voter_key"), rs.getString("ip_hash"),
					rs.getString("everything")))
			.single();
	}

	record StoredVote(int value, String voterKey, String ipHash, String everything) {
	}

}
