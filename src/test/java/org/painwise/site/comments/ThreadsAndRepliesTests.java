package org.painwise.site.comments;

import java.time.Clock;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.shared.TestVisitors;
import org.painwise.site.SiteTest;
import org.painwise.site.StatementCounter;
import org.painwise.site.shared.SiteSecrets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.painwise.site.TestOrigin.crossSite;
import static org.painwise.site.TestOrigin.sameOrigin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Threads, replies, paging, permalinks and reports.
 */
@SiteTest
@Transactional
class ThreadsAndRepliesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SiteSecrets secrets;

	@Autowired
	Clock clock;

	@PersistenceContext
	EntityManager entityManager;

	CommentFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new CommentFixtures(jdbc, secrets, clock);
	}

	@Test
	void theArticlePageShowsTheCountAndThreadsOldestFirst() throws Exception {
		String html = mvc.perform(get("/articles/amitriptyline")).andReturn().getResponse().getContentAsString();
		long published = jdbc
			.sql("select count(*) from comment c join article a on a.id = c.article_id "
					+ "where a.slug = 'amitriptyline' and c.status = 'PUBLISHED'")
			.query(Long.class)
			.single();
		assertThat(html).contains("<h2 id=\"comments-heading\">" + published + " comments</h2>");
		assertThat(html).contains("class=\"comment-replies\"", "Painwise team", "In reply to");
		assertThat(html).doesNotContain("stop everything overnight"); // a rejected sample
																		// comment
	}

	@Test
	void aReplyPageWithoutJavaScriptQuotesTheCommentAndPostsTheReply() throws Exception {
		long parent = fixtures.publishedComment("pregabalin", "Maria", "Pregabalin made me dizzy at first.");
		mvc.perform(get("/articles/pregabalin/comments/{id}/reply", parent))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Reply to Maria"), containsString("Pregabalin made me dizzy at first."),
						containsString("name=\"parentId\" id=\"comment-parent\" value=\"" + parent + "\""))));

		mvc.perform(
				fixtures.post("pregabalin", "Kasia", "k@example.com", "Hi Maria, can I ask what side effects you had?")
					.param("parentId", Long.toString(parent)))
			.andExpect(status().isFound());
		CommentFixtures.Stored reply = fixtures.latest();
		assertThat(reply.parentId()).isEqualTo(parent);
		assertThat(reply.rootId()).isEqualTo(parent);
		assertThat(reply.depth()).isEqualTo(1);

		mvc.perform(get("/articles/pregabalin").cookie(TestVisitors.cookie(secrets, CommentFixtures.VISITOR)))
			.andExpect(content().string(containsString("Hi Maria, can I ask what side effects you had?")));
	}

	@Test
	void aReplyToTheDeepestLevelAttachesThereAndSaysWhomItAnswers() throws Exception {
		long top = fixtures.publishedComment("pregabalin", "Top", "Level zero.");
		mvc.perform(fixtures.post("pregabalin", "One", "one@example.com", "Level one.").param("parentId", "" + top));
		long one = publishLatest();
		mvc.perform(fixtures.post("pregabalin", "Two", "two@example.com", "Level two.").param("parentId", "" + one));
		long two = publishLatest();
		mvc.perform(fixtures.post("pregabalin", "Three", "three@example.com", "Would be level three.")
			.param("parentId", "" + two));
		CommentFixtures.Stored three = fixtures.latest();
		assertThat(three.depth()).isEqualTo(2);
		assertThat(three.parentId()).isEqualTo(one);
		assertThat(three.rootId()).isEqualTo(top);
		assertThat(three.replyToName()).isEqualTo("Two");
		jdbc.sql("update comment set status = 'PUBLISHED' where id = ?").param(three.id()).update();
		mvc.perform(get("/articles/pregabalin")).andExpect(content().string(containsString("In reply to Two")));
	}

	@Test
	void repliesOnlyGoToPublishedCommentsOfTheSameArticle() throws Exception {
		long elsewhere = fixtures.publishedComment("duloxetine", "Elsewhere", "On another article.");
		mvc.perform(fixtures.post("pregabalin", "Ann", "a@example.com", "Reply to the wrong article.")
			.param("parentId", "" + elsewhere))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("The comment you replied to is no longer available"),
					containsString("Reply to the wrong article."))));
		mvc.perform(get("/articles/pregabalin/comments/{id}/reply", elsewhere)).andExpect(status().isNotFound());
		mvc.perform(get("/articles/pregabalin/comments/abc/reply")).andExpect(status().isNotFound());
		mvc.perform(fixtures.post("pregabalin", "Ann", "a@example.com", "Odd parent.").param("parentId", "12abc"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void topLevelCommentsArePaginatedAndAPermalinkLandsOnTheRightPage() throws Exception {
		topLevelComments("duloxetine", "Paged comment", 120);
		long seventy = jdbc.sql("select id from comment where body = 'Paged comment 70'").query(Long.class).single();

		mvc.perform(get("/articles/duloxetine"))
			.andExpect(content().string(allOf(containsString("Paged comment 1<"), containsString("Paged comment 25<"),
					not(containsString("Paged comment 26<")), containsString("aria-label=\"Comment pages\""),
					containsString("href=\"/articles/duloxetine?comments-page=2#comments\""))));
		mvc.perform(get("/articles/duloxetine").param("comments-page", "3"))
			.andExpect(content()
				.string(allOf(containsString("Paged comment 70<"), not(containsString("Paged comment 50<")))));
		mvc.perform(get("/comments/{id}", seventy))
			.andExpect(redirectedUrl("/articles/duloxetine?comments-page=3#comment-" + seventy));
		mvc.perform(get("/articles/duloxetine").param("comments-page", "abc")).andExpect(status().isOk());
		mvc.perform(get("/articles/duloxetine").param("comments-page", "999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Paged comment 120<")));
	}

	@Test
	void permalinksToHeldOrUnknownCommentsAreNotFound() throws Exception {
		mvc.perform(fixtures.post("pregabalin", "Held", "h@example.com", "Still held."));
		mvc.perform(get("/comments/{id}", fixtures.latest().id())).andExpect(status().isNotFound());
		mvc.perform(get("/comments/999999999")).andExpect(status().isNotFound());
		mvc.perform(get("/comments/not-a-number")).andExpect(status().isNotFound());
	}

	@Test
	void aReaderCanReportACommentOnce() throws Exception {
		long id = fixtures.publishedComment("pregabalin", "Rude", "Something unkind.");
		Cookie visitor = TestVisitors.cookie(secrets, CommentFixtures.VISITOR);
		mvc.perform(post("/comments/{id}/report", id).with(sameOrigin()).cookie(visitor).param("reason", "Unkind"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/articles/pregabalin#comment-" + id))
			.andExpect(flash().attribute("commentNotice", "comment.reported"));
		mvc.perform(post("/comments/{id}/report", id).with(sameOrigin()).cookie(visitor))
			.andExpect(flash().attribute("commentNotice", "comment.alreadyReported"));
		mvc.perform(post("/comments/{id}/report", id).with(sameOrigin())
			.cookie(TestVisitors.cookie(secrets, "ffffffffffffffffffffffffffffffff")))
			.andExpect(flash().attribute("commentNotice", "comment.reported"));
		assertThat(jdbc.sql("select count(*) from comment_report where comment_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(2);
		mvc.perform(post("/comments/{id}/report", 999999999).with(sameOrigin())).andExpect(status().isNotFound());
	}

	@Test
	void oneAddressCanReportOnlySoManyCommentsAnHourAndKeepsItsWords() throws Exception {
		Cookie visitor = TestVisitors.cookie(secrets, CommentFixtures.VISITOR);
		for (int i = 0; i < 10; i++) {
			long id = fixtures.publishedComment("pregabalin", "Writer " + i, "Comment number " + i + ".");
			mvc.perform(post("/comments/{id}/report", id).with(sameOrigin()).with(from("192.0.2.55")).cookie(visitor))
				.andExpect(status().isFound());
		}
		long eleventh = fixtures.publishedComment("pregabalin", "Writer 11", "The eleventh comment.");
		mvc.perform(post("/comments/{id}/report", eleventh).with(sameOrigin())
			.with(from("192.0.2.55"))
			.cookie(visitor)
			.param("reason", "Unkind <words>"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "3600"))
			.andExpect(content().string(allOf(containsString("a lot of reports from your connection"),
					containsString(">Unkind &lt;words&gt;</textarea>"), containsString("The eleventh comment."))));
		assertThat(jdbc.sql("select count(*) from comment_report where comment_id = ?")
			.param(eleventh)
			.query(Long.class)
			.single()).isZero();

		// another address is not held back by this one
		mvc.perform(post("/comments/{id}/report", eleventh).with(sameOrigin()).with(from("192.0.2.56")).cookie(visitor))
			.andExpect(status().isFound());
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void aReportAnotherWebsiteMadeTheBrowserSendIsRefusedAndItsReasonKept() throws Exception {
		long id = fixtures.publishedComment("pregabalin", "Rude", "Something unkind.");
		mvc.perform(post("/comments/{id}/report", id).with(crossSite())
			.cookie(TestVisitors.cookie(secrets, CommentFixtures.VISITOR))
			.param("reason", "Unkind <to> people"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(allOf(containsString("This form was sent from another website"), containsString(
					"<textarea id=\"kept-text\" readonly rows=\"8\">Unkind &lt;to&gt; people</textarea>"))));
		assertThat(jdbc.sql("select count(*) from comment_report where comment_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theThanksForAReportIsShownOnTheReportedComment() throws Exception {
		long id = fixtures.publishedComment("pregabalin", "Rude", "Something unkind.");
		MvcResult reported = mvc
			.perform(post("/comments/{id}/report", id).with(sameOrigin())
				.cookie(TestVisitors.cookie(secrets, CommentFixtures.VISITOR)))
			.andExpect(redirectedUrl("/articles/pregabalin#comment-" + id))
			.andReturn();
		String page = mvc.perform(get("/articles/pregabalin").cookie(reported.getResponse().getCookie("pw_flash")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String comment = page.substring(page.indexOf("id=\"comment-" + id + "\""));
		assertThat(comment.indexOf("Thank you for telling us")).as("the thanks opens the reported comment")
			.isBetween(0, 300);
		assertThat(page.indexOf("Thank you for telling us")).as("and appears nowhere else")
			.isEqualTo(page.lastIndexOf("Thank you for telling us"));
	}

	@Test
	void aPageWithFiveHundredCommentsTakesAFixedNumberOfStatements() throws Exception {
		long articleId = fixtures.articleId("nortriptyline");
		// 100 threads, each with three replies and a reply to a reply: 500 comments
		jdbc.sql(
				"""
						insert into comment (article_id, status, author_name, author_email, body, created_at)
						select ?, 'PUBLISHED', 'Reader ' || n, 'r@example.com', 'Thread ' || n, now() - (1000 - n) * interval '1 hour'
						from generate_series(1, 100) as n""")
			.param(articleId)
			.update();
		jdbc.sql("update comment set root_id = id where root_id is null and parent_id is null").update();
		for (int reply = 0; reply < 3; reply++) {
			jdbc.sql(
					"""
							insert into comment (article_id, status, author_name, author_email, body, created_at, parent_id, root_id, depth)
							select article_id, 'PUBLISHED', 'Replier', 'r@example.com', 'Reply', created_at + interval '10 minutes', id, id, 1
							from comment where article_id = ? and parent_id is null""")
				.param(articleId)
				.update();
		}
		jdbc.sql(
				"""
						insert into comment (article_id, status, author_name, author_email, body, created_at, parent_id, root_id, depth)
						select distinct on (root_id) article_id, 'PUBLISHED', 'Deep', 'r@example.com', 'Deep reply', created_at + interval '5 minutes', id, root_id, 2
						from comment where article_id = ? and depth = 1 order by root_id, id""")
			.param(articleId)
			.update();
		assertThat(jdbc.sql("select count(*) from comment where article_id = ? and status = 'PUBLISHED'")
			.param(articleId)
			.query(Long.class)
			.single()).isEqualTo(500);

		mvc.perform(get("/articles/nortriptyline")).andExpect(status().isOk());
		entityManager.clear();
		StatementCounter.reset();
		mvc.perform(get("/articles/nortriptyline"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("500 comments")));
		long withComments = StatementCounter.count();

		// the article page without comments: the same statements, less the ones that read
		// the
		// replies and the comments' rating summaries (seen once first, like the page
		// above, so
		// what the site keeps between views is kept for both)
		mvc.perform(get("/articles/duloxetine")).andExpect(status().isOk());
		entityManager.clear();
		StatementCounter.reset();
		mvc.perform(get("/articles/duloxetine")).andExpect(status().isOk());
		long withoutComments = StatementCounter.count();
		assertThat(withComments).isEqualTo(withoutComments + 2).isLessThanOrEqualTo(10);

		// most helpful first: two more, every top-level id and their rating summaries,
		// however many
		entityManager.clear();
		StatementCounter.reset();
		mvc.perform(get("/articles/nortriptyline").param("comments-order", "helpful"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("500 comments")));
		assertThat(StatementCounter.count()).isEqualTo(withComments + 2);
	}

	@Test
	void threadsCanBeReadNewestFirstOrMostHelpfulFirstThroughPlainLinks() throws Exception {
		topLevelComments("duloxetine", "Ordered comment", 30);
		long helpful = jdbc.sql("select id from comment where body = 'Ordered comment 7'").query(Long.class).single();
		jdbc.sql("insert into rating_summary (item_type, item_id, vote_count, vote_sum) values ('COMMENT', ?, 12, 58)")
			.param(helpful)
			.update();

		String oldest = page("/articles/duloxetine");
		assertThat(oldest.indexOf("Ordered comment 1<")).isLessThan(oldest.indexOf("Ordered comment 2<"));
		assertThat(oldest).contains("<nav class=\"comment-order\" aria-label=\"Order comments\">",
				"<a href=\"/articles/duloxetine#comments\" aria-current=\"true\">Oldest first</a>",
				"<a href=\"/articles/duloxetine?comments-order=newest#comments\">Newest first</a>",
				"<a href=\"/articles/duloxetine?comments-order=helpful#comments\">Most helpful</a>");

		String newest = page("/articles/duloxetine?comments-order=newest");
		assertThat(newest.indexOf("Ordered comment 30<")).isLessThan(newest.indexOf("Ordered comment 29<"));
		assertThat(newest).doesNotContain("Ordered comment 1<")
			.contains("href=\"/articles/duloxetine?comments-order=newest&amp;comments-page=2#comments\"",
					"aria-current=\"true\">Newest first</a>");

		String mostHelpful = page("/articles/duloxetine?comments-order=helpful");
		assertThat(mostHelpful.indexOf("Ordered comment 7<")).as("the well-rated comment leads")
			.isBetween(0, mostHelpful.indexOf("Ordered comment 1<"));
		assertThat(mostHelpful)
			.contains("href=\"/articles/duloxetine?comments-order=helpful&amp;comments-page=2#comments\"");

		// an order nobody offers is the default, and a permalink keeps to the
		// conversation's order
		assertThat(page("/articles/duloxetine?comments-order=%3Cscript%3E"))
			.contains("aria-current=\"true\">Oldest first</a>");
		mvc.perform(get("/comments/{id}", helpful)).andExpect(redirectedUrl("/articles/duloxetine#comment-" + helpful));
	}

	@Test
	void aCommentTakesAtMostTwoKilobytesOfHtmlOnAverageStarsAndActionsIncluded() throws Exception {
		String html = page("/articles/amitriptyline");
		String thread = html.substring(html.indexOf("<ol class=\"comment-list\""),
				html.indexOf("id=\"comment-form-home\""));
		int comments = thread.split("class=\"comment-box\"", -1).length - 1;
		assertThat(comments).as("the first page's comments, replies included").isGreaterThan(25);
		assertThat(thread).contains("<legend>Rate this comment by", "class=\"reply-link\"", "class=\"report-link\"");
		assertThat(thread.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / comments)
			.as("bytes of HTML per comment")
			.isLessThanOrEqualTo(2048);
	}

	@Test
	void aReportHasAPageOfItsOwnThatQuotesTheComment() throws Exception {
		long id = fixtures.publishedComment("pregabalin", "Rude", "Something <unkind>.");
		assertThat(page("/articles/pregabalin")).contains("class=\"report-link\" href=\"/comments/" + id
				+ "/report\" aria-label=\"Report this comment by Rude\">Report</a>");
		assertThat(page("/comments/" + id + "/report")).contains("<h1>Report a comment by Rude</h1>",
				"Something &lt;unkind&gt;.", "<form method=\"post\" action=\"/comments/" + id + "/report\"",
				"<textarea id=\"report-reason\" name=\"reason\"");
		mvc.perform(fixtures.post("pregabalin", "Held", "h@example.com", "Still held."));
		mvc.perform(get("/comments/{id}/report", fixtures.latest().id())).andExpect(status().isNotFound());
		mvc.perform(get("/comments/abc/report")).andExpect(status().isNotFound());
	}

	/**
	 * Published top-level comments "{body} 1" to "{body} n", an hour apart, the first the
	 * oldest.
	 */
	private void topLevelComments(String slug, String body, int n) {
		jdbc.sql(
				"""
						insert into comment (article_id, status, author_name, author_email, body, created_at)
						select ?, 'PUBLISHED', 'Reader ' || n, 'r@example.com', ? || ' ' || n, now() - (200 - n) * interval '1 hour'
						from generate_series(1, ?) as n""")
			.params(fixtures.articleId(slug), body, n)
			.update();
		jdbc.sql("update comment set root_id = id where root_id is null and parent_id is null").update();
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long publishLatest() {
		long id = fixtures.latest().id();
		jdbc.sql("update comment set status = 'PUBLISHED' where id = ?").param(id).update();
		// the next request must see the change, as a separate request would
		entityManager.clear();
		return id;
	}

}
