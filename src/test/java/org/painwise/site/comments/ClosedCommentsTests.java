package org.painwise.site.comments;

import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An article without comments invites the first one only while comments are open.
 */
@SiteTest
@Transactional
class ClosedCommentsTests {

	private static final String BE_THE_FIRST = "No comments yet. You could be the first to share your experience.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anArticleWithoutCommentsInvitesTheFirstWhileOpen() throws Exception {
		assertThat(commentCount("duloxetine")).isZero();
		assertThat(page("duloxetine")).contains(BE_THE_FIRST).doesNotContain("Comments are closed.");
	}

	@Test
	void closedByTheEditorItSaysOnlyThatCommentsAreClosed() throws Exception {
		jdbc.sql("update article set comments_open = false where slug = 'duloxetine'").update();
		assertThat(page("duloxetine")).contains("Comments are closed.").doesNotContain(BE_THE_FIRST);
	}

	@Test
	void closedWhileOverdueForReviewItSaysOnlyThatCommentsAreClosed() throws Exception {
		jdbc.sql("update article set next_review_due = current_date - 1 where slug = 'duloxetine'").update();
		assertThat(page("duloxetine")).contains("Comments are closed.", "due for review").doesNotContain(BE_THE_FIRST);
	}

	private long commentCount(String slug) {
		return jdbc.sql("select count(*) from comment c join article a on a.id = c.article_id where a.slug = ?")
			.param(slug)
			.query(Long.class)
			.single();
	}

	private String page(String slug) throws Exception {
		return mvc.perform(get("/articles/" + slug))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
