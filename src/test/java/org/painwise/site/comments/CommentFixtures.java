package org.painwise.site.comments;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.Cookie;

import org.painwise.site.SampleContent;
import org.painwise.site.shared.TestVisitors;
import org.painwise.site.shared.SiteSecrets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.painwise.site.TestOrigin.sameOrigin;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Builds comment posts as a browser sends them, and reads what was stored.
 */
class CommentFixtures extends SampleContent {

	static final String VISITOR = "0123456789abcdef0123456789abcdef";

	private static final java.util.Random RANDOM = new java.util.Random();

	private final SiteSecrets secrets;

	private final FormTimer oldTimer;

	CommentFixtures(JdbcClient jdbc, SiteSecrets secrets, Clock clock) {
		super(jdbc);
		this.secrets = secrets;
		// a form shown a minute ago, as when a person has typed their comment
		this.oldTimer = new FormTimer(secrets, Clock.offset(clock, Duration.ofMinutes(-1)));
	}

	MockHttpServletRequestBuilder post(String slug, String name, String email, String body) {
		// each post comes from its own address unless a test says otherwise, so hourly
		// limits
		// reached by other tests sharing the database never interfere
		String address = "10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));
		return MockMvcRequestBuilders.post("/articles/{slug}/comments", slug).with(sameOrigin()).with(request -> {
			request.setRemoteAddr(address);
			return request;
		})
			.cookie(TestVisitors.cookie(secrets, VISITOR))
			.param("name", name)
			.param("email", email)
			.param("body", body)
			.param("consent", "yes")
			.param("website", "")
			.param("started", oldTimer.start());
	}

	long publishedComment(String slug, String name, String body) {
		long id = jdbc.sql("""
				insert into comment (article_id, status, author_name, author_email, body, created_at)
				values (?, 'PUBLISHED', ?, 'someone@example.com', ?, now() - interval '1 day') returning id""")
			.params(articleId(slug), name, body)
			.query(Long.class)
			.single();
		jdbc.sql("update comment set root_id = id where id = ?").param(id).update();
		return id;
	}

	Stored latest() {
		return jdbc
			.sql("""
					select id, status, author_name, author_email, body, ip_hash, visitor_key, array_to_string(flags, ',') as flags,
					       parent_id, root_id, depth, reply_to_name
					from comment order by id desc limit 1""")
			.query((rs, row) -> new Stored(rs.getLong("id"), rs.getString("status"), rs.getString("author_name"),
					rs.getString("author_email"), rs.getString("body"), rs.getString("ip_hash"),
					rs.getString("visitor_key"), rs.getString("flags"), (Long) rs.getObject("parent_id"),
					(Long) rs.getObject("root_id"), rs.getInt("depth"), rs.getString("reply_to_name")))
			.single();
	}

	long count() {
		return jdbc.sql("select count(*) from comment").query(Long.class).single();
	}

	record Stored(long id, String status, String name, String email, String body, String ipHash, String visitorKey,
			String flags, Long parentId, Long rootId, int depth, String replyToName) {
	}

}
