package org.painwise.site.editorial;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.painwise.site.TestSessions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signed-in staff and articles made for one test each, removed again afterwards so the sample
 * content other tests read stays as it was.
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

	/**
	 * A real CSRF token, as a browser sends it: the cookie the site set, and the masked copy the
	 * form carries. (Spring Security's test helper would swap the site's cookie-based token store
	 * for a session-based one, for every later test in the shared context.)
	 */
	static RequestPostProcessor csrf() {
		String token = UUID.randomUUID().toString();
		return withToken(token, token);
	}

	/** A form whose token does not match the cookie, as from another site. */
	static RequestPostProcessor invalidCsrf() {
		return withToken(UUID.randomUUID().toString(), UUID.randomUUID().toString());
	}

	private static RequestPostProcessor withToken(String cookieToken, String formToken) {
		byte[] token = formToken.getBytes(StandardCharsets.UTF_8);
		byte[] masked = new byte[token.length * 2];
		// a random mask of zeros leaves the token as it is, after the mask
		System.arraycopy(token, 0, masked, token.length, token.length);
		String formValue = Base64.getUrlEncoder().encodeToString(masked);
		return request -> {
			Cookie[] existing = request.getCookies() == null ? new Cookie[0] : request.getCookies();
			Cookie[] cookies = java.util.Arrays.copyOf(existing, existing.length + 1);
			cookies[existing.length] = new Cookie("XSRF-TOKEN", cookieToken);
			request.setCookies(cookies);
			request.addParameter("_csrf", formValue);
			return request;
		};
	}

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	EditorialFixtures(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	/** Signs in through the real form, from an address of its own, and returns the session. */
	MockHttpSession signIn(String email, String password) throws Exception {
		int n = COUNTER.incrementAndGet();
		String address = "203.0." + (113 + n / 250 % 2) + "." + (n % 250 + 1);
		MvcResult result = mvc.perform(post("/login").param("username", email)
			.param("password", password)
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})).andReturn();
		if (!"/staff".equals(result.getResponse().getRedirectedUrl())) {
			throw new AssertionError("Could not sign in as " + email);
		}
		return TestSessions.of(result);
	}

	static String uniqueSlug(String stem) {
		return SLUG_PREFIX + stem + "-" + COUNTER.incrementAndGet();
	}

	long personId(int nth) {
		return jdbc.sql("select id from person order by id offset :n limit 1").param("n", nth).query(Long.class).single();
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
		MvcResult result = mvc.perform(articleForm("/staff/articles", title, slug, body).param("version", "0")
			.param("action", "save")
			.session(session)
			.with(csrf())).andReturn();
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
		return post("/staff/articles/" + id + "/publish").session(session).with(csrf());
	}

	void removeTestArticles() {
		jdbc.sql("delete from article where slug like :prefix or id in (select article_id from article_slug_history where old_slug like :prefix)")
			.param("prefix", SLUG_PREFIX + "%")
			.update();
	}

}
