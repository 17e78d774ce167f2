package org.painwise.site.feedback;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.shared.VisitorAddress;
import org.painwise.site.staff.StaffLogins;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.painwise.site.TestCsrf.csrf;
import static org.painwise.site.TestOrigin.crossSite;
import static org.painwise.site.TestOrigin.crossSiteOriginOnly;
import static org.painwise.site.TestOrigin.sameOrigin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reader telling us whether an article page was useful, or what is wrong with it, and
 * the editors working through what readers sent. Each test runs in a transaction that is
 * rolled back.
 */
@SiteTest
@Transactional
class PageFeedbackTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VisitorAddress visitorAddress;

	@Autowired
	PageFeedback feedback;

	@Autowired
	ApplicationContext context;

	StaffLogins staff;

	long amitriptyline;

	@BeforeEach
	void setUp() {
		staff = new StaffLogins(context);
		amitriptyline = jdbc.sql("select id from article where slug = 'amitriptyline'").query(Long.class).single();
	}

	@Test
	void everyArticlePageAsksWhetherItIsUsefulAndOffersTheProblemForm() throws Exception {
		mvc.perform(get("/articles/amitriptyline"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"page-feedback\""), containsString("Is this page useful?"),
						containsString("action=\"/articles/amitriptyline/feedback\""),
						containsString("name=\"answer\" value=\"YES\""), containsString("name=\"answer\" value=\"NO\""),
						containsString("<summary>Report a problem with this page</summary>"),
						containsString("action=\"/articles/amitriptyline/feedback/problem\""),
						not(containsString("Thank you for your feedback")))));
	}

	@Test
	void aYesLandsBackOnTheBlockWithTheThankYouInView() throws Exception {
		MvcResult answered = mvc.perform(answer("YES").with(from("203.0.113.41")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/articles/amitriptyline#page-feedback"))
			.andExpect(flash().attribute("feedbackNotice", "feedback.thanks"))
			.andReturn();

		String page = follow(answered);
		String block = page.substring(page.indexOf("id=\"page-feedback\""));
		assertThat(block).contains("Thank you for your feedback.").doesNotContain("Is this page useful?");
		assertThat(block.substring(0, block.indexOf("</section>"))).contains("<details class=\"page-problem\">");
		assertThat(stored("USEFUL")).isEqualTo(1);
		assertThat(jdbc.sql("select ip_hash from page_feedback where article_id = :id")
			.param("id", amitriptyline)
			.query(String.class)
			.single()).isEqualTo(visitorAddress.hashOf("203.0.113.41"));
	}

	@Test
	void aNoThanksTheReaderAndOpensTheProblemForm() throws Exception {
		MvcResult answered = mvc.perform(answer("NO").with(from("203.0.113.42")))
			.andExpect(redirectedUrl("/articles/amitriptyline#page-feedback"))
			.andReturn();

		String page = follow(answered);
		assertThat(page).contains("Thank you for your feedback.", "tell us what was missing or wrong, below",
				"<details class=\"page-problem\" open=\"open\">");
		assertThat(stored("NOT_USEFUL")).isEqualTo(1);
	}

	@Test
	void answersAndProblemReportsReachTheEditorsQueueAndNotTheModerationQueue() throws Exception {
		mvc.perform(answer("YES").with(from("203.0.113.43"))).andExpect(status().isFound());
		mvc.perform(answer("YES").with(from("203.0.113.44"))).andExpect(status().isFound());
		mvc.perform(answer("NO").with(from("203.0.113.45"))).andExpect(status().isFound());
		MvcResult reported = mvc
			.perform(problem("The table says 100 mg at night but the text says 10 mg.", "reader.one@example.com")
				.with(from("203.0.113.46")))
			.andExpect(redirectedUrl("/articles/amitriptyline#page-feedback"))
			.andExpect(flash().attribute("feedbackAnswer", "PROBLEM"))
			.andReturn();
		assertThat(follow(reported)).contains("Thank you for your feedback.", "An editor will read your report.")
			.doesNotContain("reader.one@example.com");

		mvc.perform(get("/staff/feedback").with(staff.as(StaffLogins.EDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<title>Page feedback | Staff | Painwise</title>"),
					containsString("The table says 100 mg at night but the text says 10 mg."),
					containsString("href=\"mailto:reader.one@example.com\""),
					containsString("href=\"/articles/amitriptyline\""),
					containsString("href=\"/staff/articles/" + amitriptyline + "\""),
					containsString("2 found it useful, 1 did not"),
					containsString("<a href=\"/staff/feedback\" aria-current=\"page\">Page feedback</a>"))));
		mvc.perform(get("/staff").with(staff.as(StaffLogins.EDITOR)))
			.andExpect(content().string(allOf(containsString("1 problem report from a reader is waiting."),
					containsString("href=\"/staff/feedback\""))));

		mvc.perform(get("/staff/moderation").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("The table says 100 mg at night")),
					not(containsString("reader.one@example.com")), not(containsString("href=\"/staff/feedback\"")))));
	}

	@Test
	void aReportWithMistakesComesBackFilledInWithAnErrorSummary() throws Exception {
		mvc.perform(problem("   ", "not an email").with(from("203.0.113.47")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(
					containsString("<title>Error: Report a problem with Amitriptyline for pain | Painwise</title>"),
					containsString("There is a problem"), containsString("href=\"#whatIsWrong\""),
					containsString("Tell us what is wrong with the page."), containsString("href=\"#replyEmail\""),
					containsString("Enter an email address in the right format"),
					containsString("value=\"not an email\""))));

		String tooLong = "The dose is wrong. ".repeat(70);
		mvc.perform(problem(tooLong, "").with(from("203.0.113.47")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Shorten your report to 1,200 characters or fewer."),
					containsString(tooLong.strip() + "</textarea>"))));
		assertThat(stored("PROBLEM")).isZero();
	}

	@Test
	void theHourlyLimitRefusesWithA429AndKeepsTheText() throws Exception {
		for (int i = 0; i < 10; i++) {
			mvc.perform(answer(i % 2 == 0 ? "YES" : "NO").with(from("203.0.113.48"))).andExpect(status().isFound());
		}
		mvc.perform(problem("The link to the NHS page is broken.", "reader.two@example.com").with(from("203.0.113.48")))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(allOf(
					containsString("You have sent a lot of feedback in the last hour. Please try again in an hour."),
					containsString("The link to the NHS page is broken.</textarea>"),
					containsString("value=\"reader.two@example.com\""))));
		mvc.perform(answer("YES").with(from("203.0.113.48"))).andExpect(status().isTooManyRequests());
		// another address is not held back
		mvc.perform(answer("YES").with(from("203.0.113.49"))).andExpect(status().isFound());
		assertThat(stored("PROBLEM")).isZero();
	}

	@Test
	void badAnswersUnknownArticlesAndCrossSitePostsAreRefused() throws Exception {
		mvc.perform(post("/articles/amitriptyline/feedback").with(sameOrigin()).param("answer", "MAYBE"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/articles/amitriptyline/feedback").with(sameOrigin())).andExpect(status().isBadRequest());
		mvc.perform(post("/articles/no-such-article/feedback").with(sameOrigin()).param("answer", "YES"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/articles/amitriptyline/feedback").with(crossSite()).param("answer", "YES"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("This form was sent from another website")));
		mvc.perform(post("/articles/amitriptyline/feedback/problem").with(crossSiteOriginOnly())
			.param("whatIsWrong", "The dose <table> is wrong")
			.param("replyEmail", "me@example.com"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(allOf(containsString("This report was sent from another website"),
					containsString(">The dose &lt;table&gt; is wrong</textarea>"),
					containsString("value=\"me@example.com\""))));
		assertThat(jdbc.sql("select count(*) from page_feedback").query(Long.class).single()).isZero();
	}

	@Test
	void onlyEditorsAndAdminsSeeTheFeedbackQueue() throws Exception {
		mvc.perform(get("/staff/feedback")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/staff/feedback").with(staff.as(StaffLogins.MODERATOR))).andExpect(status().isForbidden());
		mvc.perform(get("/staff").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(content().string(not(containsString("Page feedback"))));
		mvc.perform(get("/staff/feedback").with(staff.as(StaffLogins.EDITOR))).andExpect(status().isOk());
		mvc.perform(get("/staff/feedback").with(staff.as(StaffLogins.ADMIN))).andExpect(status().isOk());
	}

	@Test
	void markingAReportDoneMovesItToTheDoneList() throws Exception {
		mvc.perform(problem("The contents list skips a section.", "").with(from("203.0.113.50")))
			.andExpect(status().isFound());
		long id = jdbc.sql("select id from page_feedback where kind = 'PROBLEM'").query(Long.class).single();

		mvc.perform(post("/staff/feedback/" + id + "/done").with(staff.as(StaffLogins.EDITOR)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/staff/feedback/" + id + "/done").with(staff.as(StaffLogins.MODERATOR)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/staff/feedback/" + id + "/done").with(staff.as(StaffLogins.EDITOR)).with(csrf()))
			.andExpect(redirectedUrl("/staff/feedback"))
			.andExpect(flash().attribute("flash", "The report is marked as done."));

		assertThat(jdbc.sql("select status from page_feedback where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("DONE");
		mvc.perform(get("/staff/feedback").with(staff.as(StaffLogins.EDITOR)))
			.andExpect(content().string(allOf(not(containsString("The contents list skips a section.")),
					containsString("No problem reports are waiting."))));
		mvc.perform(get("/staff/feedback").param("status", "DONE").with(staff.as(StaffLogins.EDITOR)))
			.andExpect(content().string(allOf(containsString("The contents list skips a section."),
					not(containsString("Mark as done</button>")))));
		mvc.perform(post("/staff/feedback/999999999/done").with(staff.as(StaffLogins.EDITOR)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void emailsOfReportsDoneLongAgoAreForgotten() {
		Instant now = Instant.now();
		long old = done("Done a long time ago.", "old@example.com", now.minus(Duration.ofDays(31)));
		long recent = done("Done yesterday.", "recent@example.com", now.minus(Duration.ofDays(1)));

		assertThat(feedback.forgetOldEmails()).isEqualTo(1);

		assertThat(emailOf(old)).isNull();
		assertThat(emailOf(recent)).isEqualTo("recent@example.com");
	}

	private long done(String problem, String email, Instant doneAt) {
		return jdbc.sql("""
				insert into page_feedback (article_id, kind, problem, email, ip_hash, status, created_at, done_at)
				values (:article, 'PROBLEM', :problem, :email, 'test', 'DONE', :at, :at) returning id""")
			.param("article", amitriptyline)
			.param("problem", problem)
			.param("email", email)
			.param("at", Timestamp.from(doneAt))
			.query(Long.class)
			.single();
	}

	private String emailOf(long id) {
		return jdbc.sql("select email from page_feedback where id = :id")
			.param("id", id)
			.query(String.class)
			.list()
			.get(0);
	}

	private long stored(String kind) {
		return jdbc.sql("select count(*) from page_feedback where article_id = :id and kind = :kind")
			.param("id", amitriptyline)
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

	/**
	 * The article page the redirect leads to, with the confirmation cookie the browser
	 * got.
	 */
	private String follow(MvcResult redirect) throws Exception {
		Cookie flashCookie = redirect.getResponse().getCookie("pw_flash");
		assertThat(flashCookie).isNotNull();
		return mvc.perform(get("/articles/amitriptyline").cookie(flashCookie))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static MockHttpServletRequestBuilder answer(String value) {
		return post("/articles/amitriptyline/feedback").with(sameOrigin()).param("answer", value);
	}

	private static MockHttpServletRequestBuilder problem(String text, String email) {
		return post("/articles/amitriptyline/feedback/problem").with(sameOrigin())
			.param("whatIsWrong", text)
			.param("replyEmail", email);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
