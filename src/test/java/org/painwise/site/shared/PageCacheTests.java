package org.painwise.site.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.PainwiseApplication;
import org.painwise.site.StatementCounter;
import org.painwise.site.TestCsrf;
import org.painwise.site.TestDatabase;
import org.painwise.site.articles.ArticleContent;
import org.painwise.site.articles.ArticleEditing;
import org.painwise.site.articles.EditableArticle;
import org.painwise.site.staff.StaffLogins;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.painwise.site.TestOrigin.sameOrigin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Public pages served from the page cache, and kept right: what a moderator publishes, an
 * editor saves or a reader votes shows to the next anonymous reader (votes within the
 * lag), while a reader with something personal to see always gets a fresh page. Not
 * transactional: pages are evicted only after a change commits.
 */
@SpringBootTest(properties = { "page-cache.enabled=true", "page-cache.vote-lag=1s" })
@AutoConfigureMockMvc
@Import({ TestDatabase.class, StatementCounter.class })
@ActiveProfiles("dev")
class PageCacheTests {

	private static final String CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=30";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SiteSecrets secrets;

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleEditing editing;

	@Autowired
	MeterRegistry meters;

	@Autowired
	DataSource dataSource;

	StaffLogins staff;

	@BeforeEach
	void setUp() {
		staff = new StaffLogins(context);
	}

	@Test
	void anAnonymousPageComesFromTheCacheWithAStrongTagGzipAndNoCookie() throws Exception {
		double hits = counter("hit");
		MockHttpServletResponse first = anonymous("/articles/amitriptyline");
		MockHttpServletResponse second = anonymous("/articles/amitriptyline");
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(second.getHeader("ETag")).matches("\"[A-Za-z0-9_-]{27}\"").isEqualTo(first.getHeader("ETag"));
		assertThat(second.getHeader("Cache-Control")).isEqualTo(CACHE_CONTROL);
		assertThat(second.getHeader("Vary")).contains("Accept-Encoding");
		MockHttpServletResponse third = anonymous("/articles/amitriptyline");
		for (MockHttpServletResponse kept : new MockHttpServletResponse[] { second, third }) {
			// sent from in front of the security filters once known, with the headers
			// they wrote the first time
			for (String header : new String[] { "Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options",
					"Referrer-Policy", "Permissions-Policy", "Content-Language" }) {
				assertThat(kept.getHeaders(header)).as(header).isEqualTo(first.getHeaders(header)).isNotEmpty();
			}
			assertThat(kept.getHeaders("Cache-Control")).containsExactly(CACHE_CONTROL);
			assertThat(kept.getHeader("Pragma")).isNull();
		}
		assertThat(second.getHeaders("Set-Cookie")).isEmpty();
		assertThat(second.getContentAsString()).doesNotContain("_csrf");
		assertThat(counter("hit")).isGreaterThan(hits);
		assertThat(mvc.perform(get("/actuator/metrics/cache.gets")).andReturn().getResponse().getStatus())
			.as("the figures are not public")
			.isNotEqualTo(200);
		assertThat(mvc.perform(get("/actuator/metrics/cache.gets").with(staff.as(StaffLogins.MODERATOR)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(mvc
			.perform(get("/actuator/metrics/cache.gets").param("tag", "cache:pages").with(staff.as(StaffLogins.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("\"name\":\"cache.gets\"", "\"result\"", "hit", "miss");

		MockHttpServletResponse gzipped = mvc
			.perform(get("/articles/amitriptyline").header("Accept-Encoding", "gzip, br"))
			.andReturn()
			.getResponse();
		assertThat(gzipped.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(gunzip(gzipped.getContentAsByteArray())).isEqualTo(first.getContentAsString());

		MockHttpServletResponse notModified = mvc
			.perform(get("/articles/amitriptyline").header("If-None-Match", first.getHeader("ETag")))
			.andReturn()
			.getResponse();
		assertThat(notModified.getStatus()).isEqualTo(304);
		assertThat(notModified.getContentAsByteArray()).isEmpty();
		assertThat(mvc.perform(get("/articles/amitriptyline").header("If-None-Match", "\"something-else\""))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);

		MockHttpServletResponse headOnly = mvc.perform(head("/articles/amitriptyline")).andReturn().getResponse();
		assertThat(headOnly.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
		assertThat(headOnly.getContentAsByteArray()).isEmpty();
	}

	@Test
	void aVisitorWithSomethingPersonalGetsAFreshPageThatNoCacheKeeps() throws Exception {
		anonymous("/articles/pregabalin");
		for (Cookie personal : new Cookie[] { TestVisitors.cookie(secrets, "0123456789abcdef0123456789abcdef"),
				new Cookie("pw_flash", "x"), new Cookie("JSESSIONID", "x") }) {
			MockHttpServletResponse response = mvc.perform(get("/articles/pregabalin").cookie(personal))
				.andReturn()
				.getResponse();
			assertThat(response.getHeader("ETag")).isNull();
			assertThat(response.getHeader("Cache-Control")).contains("no-store");
		}
		assertThat(mvc.perform(get("/articles/pregabalin").cookie(new Cookie("pw_commenter", "n=A")))
			.andReturn()
			.getResponse()
			.getHeader("ETag")).as("only a script reads the remembered commenter").isNotNull();
	}

	@Test
	void aHeldCommentIsShownToItsWriterAndToNoOneElse() throws Exception {
		anonymous("/articles/coming-off-pain-medicines-safely");
		String visitor = "fedcba9876543210fedcba9876543210";
		String words = "Held words " + Instant.now().toEpochMilli();
		mvc.perform(post("/articles/coming-off-pain-medicines-safely/comments").with(sameOrigin())
			.cookie(TestVisitors.cookie(secrets, visitor))
			.param("name", "Writer")
			.param("email", "writer@example.com")
			.param("body", words)
			.param("consent", "yes")).andExpect(status().isFound());
		assertThat(mvc
			.perform(get("/articles/coming-off-pain-medicines-safely").cookie(TestVisitors.cookie(secrets, visitor)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(words, "Awaiting moderation");
		MockHttpServletResponse others = anonymous("/articles/coming-off-pain-medicines-safely");
		assertThat(others.getContentAsString()).doesNotContain(words);
		assertThat(others.getHeader("ETag")).isNotNull();
	}

	@Test
	void aHeldReplyShowsInItsWritersThreadAndInNoOtherReadersPage() throws Exception {
		long parent = jdbc.sql("""
				select c.id from comment c join article a on a.id = c.article_id
				where a.slug = 'amitriptyline' and c.status = 'PUBLISHED' and c.parent_id is null
				order by c.created_at, c.id limit 1""").query(Long.class).single();
		Cookie writer = TestVisitors.cookie(secrets, "11112222333344445555666677778888");
		Cookie other = TestVisitors.cookie(secrets, "88887777666655554444333322221111");
		mvc.perform(get("/articles/amitriptyline").cookie(other));
		String words = "A held reply " + Instant.now().toEpochMilli();
		mvc.perform(post("/articles/amitriptyline/comments").with(sameOrigin())
			.cookie(writer)
			.param("name", "Replier")
			.param("email", "replier@example.com")
			.param("body", words)
			.param("consent", "yes")
			.param("parentId", Long.toString(parent))).andExpect(status().isFound());

		String own = mvc.perform(get("/articles/amitriptyline").cookie(writer))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).contains(words);
		assertThat(own.indexOf(words)).as("under the comment it answers")
			.isGreaterThan(own.indexOf("id=\"comment-" + parent + "\""));
		for (int i = 0; i < 2; i++) {
			assertThat(mvc.perform(get("/articles/amitriptyline").cookie(other))
				.andReturn()
				.getResponse()
				.getContentAsString()).doesNotContain(words);
			assertThat(anonymous("/articles/amitriptyline").getContentAsString()).doesNotContain(words);
		}
	}

	@Test
	void aPersonalPageAsksTheDatabaseOnlyForWhatIsTheReadersOnceTheSharedPartIsKept() throws Exception {
		Cookie personal = TestVisitors.cookie(secrets, "0123456789abcdef0123456789abcdef");
		mvc.perform(get("/articles/amitriptyline").cookie(personal)).andExpect(status().isOk());
		StatementCounter.reset();
		mvc.perform(get("/articles/amitriptyline").cookie(personal)).andExpect(status().isOk());
		// the reader's held comments, their votes on the page's comments, the article's
		// rating with their vote
		assertThat(StatementCounter.count()).isEqualTo(3);
	}

	@Test
	void aCommentAModeratorPublishesShowsAtOnceToAReaderWithAPersonalPage() throws Exception {
		Cookie personal = TestVisitors.cookie(secrets, "0123456789abcdef0123456789abcdef");
		String words = "Published for a personal page " + Instant.now().toEpochMilli();
		long comment = heldComment("pregabalin", words);
		assertThat(mvc.perform(get("/articles/pregabalin").cookie(personal))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(words);

		publish(comment);

		assertThat(mvc.perform(get("/articles/pregabalin").cookie(personal))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(words);
	}

	@Test
	void aVoteOnACommentShowsAtOnceToTheVoterAndWithinTheLagToOtherPersonalPages() throws Exception {
		long comment = jdbc.sql("""
				select c.id from comment c join article a on a.id = c.article_id
				where a.slug = 'amitriptyline' and c.status = 'PUBLISHED' and c.parent_id is null
				order by c.created_at, c.id limit 1""").query(Long.class).single();
		Cookie voter = TestVisitors.cookie(secrets, "aaaabbbbccccddddeeeeffff00001111");
		Cookie other = TestVisitors.cookie(secrets, "1111000ffffeeeeddddccccbbbbaaaa0");
		String before = commentSummary(mvc.perform(get("/articles/amitriptyline").cookie(other))
			.andReturn()
			.getResponse()
			.getContentAsString(), comment);
		mvc.perform(post("/comments/{id}/rating", comment).with(sameOrigin())
			.cookie(voter)
			.param("value", "1")
			.with(request -> {
				request.setRemoteAddr("192.0.2.78");
				return request;
			})).andExpect(status().isFound());

		String own = commentSummary(mvc.perform(get("/articles/amitriptyline").cookie(voter))
			.andReturn()
			.getResponse()
			.getContentAsString(), comment);
		assertThat(own).as("the voter sees their vote counted at once").isNotEqualTo(before);
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(commentSummary(mvc.perform(get("/articles/amitriptyline").cookie(other))
				.andReturn()
				.getResponse()
				.getContentAsString(), comment)).isEqualTo(own));
	}

	@Test
	void aCommentAModeratorPublishesShowsToTheNextAnonymousReader() throws Exception {
		String words = "Published words " + Instant.now().toEpochMilli();
		long comment = heldComment("pregabalin", words);
		assertThat(anonymous("/articles/pregabalin").getContentAsString()).doesNotContain(words);
		assertThat(anonymous("/articles/pregabalin").getHeader("ETag")).as("kept").isNotNull();

		publish(comment);

		assertThat(anonymous("/articles/pregabalin").getContentAsString()).contains(words);
	}

	@Test
	void anEditorsSaveShowsToTheNextAnonymousReaderOnEveryPage() throws Exception {
		long id = jdbc.sql("select id from article where slug = 'talking-to-your-gp-about-pain'")
			.query(Long.class)
			.single();
		anonymous("/articles/talking-to-your-gp-about-pain");
		anonymous("/articles");
		EditableArticle article = editing.find(id).orElseThrow();
		ArticleContent content = article.content();
		String title = "Talking to your GP about pain, revised " + Instant.now().toEpochMilli();
		String body = content.bodyMarkdown() + "\n\nA sentence added by the editor.";
		editing.update(id, article.version(), new ArticleContent(content.slug(), title, content.standfirst(), body,
				content.authorId(), content.reviewerId(), content.topicIds(), content.references(), content.faqs(),
				content.disclaimer(), content.commentsOpen(), content.alternativeNames(), content.misspellings()));

		assertThat(anonymous("/articles/talking-to-your-gp-about-pain").getContentAsString()).contains(title,
				"A sentence added by the editor.");
		assertThat(anonymous("/articles").getContentAsString()).contains(title);
	}

	@Test
	void aReaderWithAPersonalPageSeesAnEditorsSaveAtOnceToo() throws Exception {
		Cookie personal = TestVisitors.cookie(secrets, "0123456789abcdef0123456789abcdef");
		String before = mvc.perform(get("/articles/pacing-activities").cookie(personal))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String title = reviseTitle("pacing-activities");
		assertThat(before).doesNotContain(title);
		assertThat(mvc.perform(get("/articles/pacing-activities").cookie(personal))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(title);
	}

	@Test
	void aVoteShowsAtOnceToTheVoterAndWithinTheLagToEveryoneElse() throws Exception {
		String before = summary(anonymous("/articles/nortriptyline").getContentAsString());
		MvcResult voted = mvc
			.perform(post("/articles/nortriptyline/rating").with(sameOrigin()).param("value", "5").with(request -> {
				request.setRemoteAddr("192.0.2.77");
				return request;
			}))
			.andExpect(status().isFound())
			.andReturn();
		Cookie voter = voted.getResponse().getCookie("pw_visitor");
		assertThat(voter).isNotNull();
		String own = summary(mvc.perform(get("/articles/nortriptyline").cookie(voter))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(own).as("the voter sees their vote at once").isNotEqualTo(before);

		// other readers see it once the configured lag (1 s here) has passed: the
		// eviction is
		// scheduled, so the test waits for it, within a bound well above the lag
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(summary(anonymous("/articles/nortriptyline").getContentAsString()))
				.isEqualTo(own));
	}

	@Test
	void aChangeOnOneInstanceClearsThePageOnAnother() throws Exception {
		HikariDataSource database = dataSource.unwrap(HikariDataSource.class);
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(PainwiseApplication.class)
			.profiles("dev")
			.properties("server.port=0", "spring.datasource.url=" + database.getJdbcUrl(),
					"spring.datasource.username=" + database.getUsername(), "page-cache.enabled=true",
					"spring.flyway.enabled=false")
			.run()) {
			int port = ((WebServerApplicationContext) second).getWebServer().getPort();
			// the second instance LISTENs from a thread of its own; a change made before
			// it listens
			// would be missed (and caught only by the time to live)
			PageCacheNotifications listening = second.getBean(PageCacheNotifications.class);
			await().atMost(Duration.ofSeconds(20)).until(listening::isListening);
			String words = "Across instances " + Instant.now().toEpochMilli();
			long comment = heldComment("amitriptyline", words);
			HttpResponse<String> cached = fetch(port, "/articles/amitriptyline");
			assertThat(cached.body()).doesNotContain(words);
			assertThat(fetch(port, "/articles/amitriptyline").headers().firstValue("ETag")).isPresent();

			publish(comment);

			// the NOTIFY reaches the other instance asynchronously, after the commit
			await().atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(100))
				.untilAsserted(() -> assertThat(fetch(port, "/articles/amitriptyline").body())
					.as("the other instance dropped its copy when told")
					.contains(words));

			// what the other instance keeps of the article itself, for readers with
			// personal pages, goes too
			String personal = "pw_visitor=0123456789abcdef0123456789abcdef";
			assertThat(fetch(port, "/articles/amitriptyline", "Cookie", personal).body()).contains(words);
			String later = "Across instances, for a personal page " + Instant.now().toEpochMilli();
			long another = heldComment("amitriptyline", later);
			assertThat(fetch(port, "/articles/amitriptyline", "Cookie", personal).body()).doesNotContain(later);
			publish(another);
			await().atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(100))
				.untilAsserted(() -> assertThat(fetch(port, "/articles/amitriptyline", "Cookie", personal).body())
					.contains(later));

			assertThat(fetch(port, "/articles/pregabalin", "Cookie", personal).statusCode()).isEqualTo(200);
			String title = reviseTitle("pregabalin");
			await().atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(100))
				.untilAsserted(() -> assertThat(fetch(port, "/articles/pregabalin", "Cookie", personal).body())
					.contains(title));
		}
	}

	private long heldComment(String slug, String body) {
		long id = jdbc
			.sql("""
					insert into comment (article_id, status, author_name, author_email, body, created_at)
					values ((select id from article where slug = ?), 'HELD', 'Cached', 'cached@example.com', ?, now() - interval '1 hour')
					returning id""")
			.params(slug, body)
			.query(Long.class)
			.single();
		jdbc.sql("update comment set root_id = id where id = ?").param(id).update();
		return id;
	}

	private void publish(long comment) throws Exception {
		mvc.perform(post("/staff/moderation/{id}/publish", comment).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("expected", "HELD")
			.param("view", "held")).andExpect(status().isFound());
	}

	private MockHttpServletResponse anonymous(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse();
	}

	private static String summary(String html) {
		int at = html.indexOf("<p class=\"rating-summary\">");
		return html.substring(at, html.indexOf("</p>", at));
	}

	/** The rating summary in one comment's box. */
	private static String commentSummary(String html, long comment) {
		return summary(html.substring(html.indexOf("id=\"comment-" + comment + "\"")));
	}

	private double counter(String result) {
		FunctionCounter counter = meters.find("cache.gets").tags("cache", "pages", "result", result).functionCounter();
		return counter == null ? 0 : counter.count();
	}

	private static String gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static HttpResponse<String> fetch(int port, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(10));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String reviseTitle(String slug) {
		long id = jdbc.sql("select id from article where slug = ?").param(slug).query(Long.class).single();
		EditableArticle article = editing.find(id).orElseThrow();
		ArticleContent content = article.content();
		String title = "Revised " + Instant.now().toEpochMilli();
		editing.update(id, article.version(),
				new ArticleContent(content.slug(), title, content.standfirst(), content.bodyMarkdown(),
						content.authorId(), content.reviewerId(), content.topicIds(), content.references(),
						content.faqs(), content.disclaimer(), content.commentsOpen(), content.alternativeNames(),
						content.misspellings()));
		return title;
	}

}
