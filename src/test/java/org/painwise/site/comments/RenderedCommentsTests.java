package org.painwise.site.comments;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.shared.SiteSecrets;
import org.painwise.site.shared.TestVisitors;
import org.painwise.site.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ready-made comment boxes change nothing a reader gets: the page is the page rendered
 * whole, the first time and every time after (up to the indentation between tags).
 */
@SiteTest
class RenderedCommentsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RenderedComments rendered;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SiteSecrets secrets;

	@AfterEach
	void enable() {
		rendered.setEnabled(true);
	}

	@Test
	void aPageWithReadyBoxesIsThePageRenderedWhole() throws Exception {
		rendered.setEnabled(false);
		String whole = page("/articles/amitriptyline");
		String wholeSecondPage = page("/articles/amitriptyline?comments-page=2");

		rendered.setEnabled(true);
		assertThat(rendered.keptCount()).isZero();
		String first = page("/articles/amitriptyline");
		assertThat(rendered.keptCount()).as("threads and the form were kept ready-made").isGreaterThan(10);
		String again = page("/articles/amitriptyline");

		assertThat(whole).contains("class=\"comment-box\"", "Rate this comment by");
		assertThat(first).isEqualTo(whole);
		assertThat(again).isEqualTo(whole);
		assertThat(page("/articles/amitriptyline?comments-page=2")).isEqualTo(wholeSecondPage);
	}

	@Test
	@Transactional
	void aReaderWithTheirOwnVoteAndHeldReplyGetsThePageRenderedWholeToo() throws Exception {
		long rated = jdbc.sql("""
				select s.item_id from rating_summary s join comment c on c.id = s.item_id
				join article a on a.id = c.article_id
				where s.item_type = 'COMMENT' and a.slug = 'amitriptyline' and c.status = 'PUBLISHED'
				order by c.created_at limit 1""").query(Long.class).single();
		jdbc.sql("insert into vote (item_type, item_id, value, voter_key, ip_hash) values ('COMMENT', ?, 2, ?, 'x')")
			.params(rated, CommentFixtures.VISITOR)
			.update();
		jdbc.sql(
				"""
						insert into comment (article_id, parent_id, root_id, depth, status, author_name, author_email, body, visitor_key)
						select article_id, id, coalesce(root_id, id), depth + 1, 'HELD', 'Me', 'me@example.com', 'My held reply', ?
						from comment where id = ?""")
			.params(CommentFixtures.VISITOR, rated)
			.update();
		Cookie visitor = TestVisitors.cookie(secrets, CommentFixtures.VISITOR);

		rendered.setEnabled(false);
		String whole = page("/articles/amitriptyline", visitor);
		rendered.setEnabled(true);
		page("/articles/amitriptyline");

		assertThat(whole).contains("My held reply", "You rated this 2 out of 5.");
		assertThat(page("/articles/amitriptyline", visitor)).isEqualTo(whole);
	}

	private String page(String url, Cookie... cookies) throws Exception {
		var request = get(url);
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return html.replaceAll(">\\s+<", "><").replaceAll("(?m)^[ \\t]+<", "<");
	}

}
