package org.painwise.site.editorial;

import java.util.concurrent.atomic.AtomicInteger;

import org.painwise.site.TestCsrf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signed-in staff and articles made for one test each, removed again afterwards so the
 * sample content other tests read stays as it was.
 */
final class EditorialFixtures {

	static final String EDITOR = "editor@painwise.example";

	static final String EDITOR_PASSWORD = "edit-with-evidence";

	static final String ADMIN = "admin@painwise.example";

	static final String ADMIN_PASSWORD = "administer-with-care";

	static final String MODERATOR = "moderator@painwise.example";

	static final String MODERATOR_PASSWORD = "moderate-with-kindness";

	/** Every article a test makes has a slug starting with this. */
	static final String SLUG_PREFIX = "editorial-test-";

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	EditorialFixtures(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	static String uniqueSlug(String stem) {
		return SLUG_PREFIX + stem + "-" + COUNTER.incrementAndGet();
	}

	long personId(int nth) {
		return jdbc.sql("select id from person order by id offset :n limit 1")
			.param("n", nth)
			.query(Long.class)
			.single();
	}

	long topicId() {
		return jdbc.sql("select id from topic order by id limit 1").query(Long.class).single();
	}

	/** A complete, valid editor form for a new article. */
	MockMultipartHttpServletRequestBuilder articleForm(String path, String title, String slug, String body) {
		MockMultipartHttpServletRequestBuilder form = multipart(path);
		form.param("title", title)
			.param("slug", slug)
			.param("standfirst", "What this medicine is for and how to take it.")
			.param("body", body)
			.param("authorId", String.valueOf(personId(0)))
			.param("reviewerId", String.valueOf(personId(1)))
			.param("topicIds", String.valueOf(topicId()))
			.param("_topicIds", "on")
			.param("commentsOpen", "true")
			.param("_commentsOpen", "on");
		return form;
	}

	/** Creates a draft through the editor and returns its id. */
	long createDraft(MockHttpSession session, String title, String slug, String body) throws Exception {
		MvcResult result = mvc
			.perform(articleForm("/staff/articles", title, slug, body).param("version", "0")
				.param("action", "save")
				.session(session)
				.with(TestCsrf.csrf()))
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		if (location == null || !location.startsWith("/staff/articles/")) {
			throw new AssertionError("Not created: " + result.getResponse().getStatus() + " "
					+ result.getResponse().getContentAsString());
		}
		return Long.parseLong(location.substring("/staff/articles/".length()));
	}

	long versionOf(long id) {
		return jdbc.sql("select version from article where id = :id").param("id", id).query(Long.class).single();
	}

	MockHttpServletRequestBuilder publish(MockHttpSession session, long id) {
		return post("/staff/articles/" + id + "/publish").session(session).with(TestCsrf.csrf());
	}

	void removeTestArticles() {
		jdbc.sql(
				"delete from article where slug like :prefix or id in (select article_id from article_slug_history where old_slug like :prefix)")
			.param("prefix", SLUG_PREFIX + "%")
			.update();
	}

}
