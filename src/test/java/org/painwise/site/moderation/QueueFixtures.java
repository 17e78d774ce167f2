package org.painwise.site.moderation;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import org.painwise.site.SampleContent;
import org.painwise.site.TestCsrf;
import org.painwise.site.shared.SiteSecrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Comments for moderation tests: stored directly in a given state, or posted through the
 * article page's form as a reader's browser sends it.
 */
final class QueueFixtures extends SampleContent {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private final SiteSecrets secrets;

	private final Clock clock;

	QueueFixtures(JdbcClient jdbc, SiteSecrets secrets, Clock clock) {
		super(jdbc);
		this.secrets = secrets;
		this.clock = clock;
	}

	/**
	 * A comment stored as it would be after posting and screening.
	 * @param minutesAgo when it was written
	 * @param flags such as {@code {CRISIS}}
	 */
	long comment(String slug, Long parentId, String status, String name, String email, String body, int minutesAgo,
			String flags, boolean notify) {
		long id = jdbc
			.sql("""
					insert into comment (article_id, parent_id, root_id, depth, status, author_name, author_email, body,
					                     created_at, flags, notify_author)
					values (:article, cast(:parent as bigint), (select coalesce(p.root_id, p.id) from comment p where p.id = cast(:parent as bigint)),
					        case when cast(:parent as bigint) is null then 0 else 1 end, :status, :name, :email, :body,
					        now() - make_interval(mins => :minutes), cast(:flags as text[]), :notify)
					returning id""")
			.param("article", articleId(slug))
			.param("parent", parentId)
			.param("status", status)
			.param("name", name)
			.param("email", email)
			.param("body", body)
			.param("minutes", minutesAgo)
			.param("flags", flags)
			.param("notify", notify)
			.query(Long.class)
			.single();
		jdbc.sql("update comment set root_id = id where id = ? and parent_id is null").param(id).update();
		return id;
	}

	long held(String slug, String name, String email, String body, int minutesAgo) {
		return comment(slug, null, "HELD", name, email, body, minutesAgo, "{}", false);
	}

	String status(long commentId) {
		return jdbc.sql("select status from comment where id = ?").param(commentId).query(String.class).single();
	}

	void report(long commentId, String reporter) {
		report(commentId, reporter, null);
	}

	void report(long commentId, String reporter, String reason) {
		jdbc.sql("insert into comment_report (comment_id, reporter_key, reason) values (?, ?, ?)")
			.params(commentId, reporter, reason)
			.update();
	}

	/** The article form as a reader's browser sends it, from an address of its own. */
	MockHttpServletRequestBuilder post(String slug, String name, String email, String body) {
		String started = Long.toString(clock.millis() - 60_000);
		int n = ADDRESSES.incrementAndGet();
		return MockMvcRequestBuilders.post("/articles/{slug}/comments", slug).with(TestCsrf.csrf()).with(request -> {
			request.setRemoteAddr("203.0.113." + (n % 250 + 1));
			return request;
		})
			.param("name", name)
			.param("email", email)
			.param("body", body)
			.param("consent", "yes")
			.param("website", "")
			.param("started", started + "." + secrets.hmacBase64("comment-form", started));
	}

	long latestBy(String email) {
		return jdbc.sql("select max(id) from comment where author_email = ?").param(email).query(Long.class).single();
	}

	long auditCount(String action, long commentId) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and subject_id = ?")
			.params(action, Long.toString(commentId))
			.query(Long.class)
			.single();
	}

}
