package org.painwise.site.comments;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ready-made comment boxes change nothing a reader gets: the page is the page rendered whole,
 * the first time and every time after (up to the indentation between tags).
 */
@SiteTest
class RenderedCommentsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RenderedComments rendered;

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
		String first = page("/articles/amitriptyline");
		String again = page("/articles/amitriptyline");

		assertThat(whole).contains("class=\"comment-box\"", "Rate this comment by");
		assertThat(first).isEqualTo(whole);
		assertThat(again).isEqualTo(whole);
		assertThat(page("/articles/amitriptyline?comments-page=2")).isEqualTo(wholeSecondPage);
	}

	private String page(String url) throws Exception {
		String html = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return html.replaceAll(">\\s+<", "><").replaceAll("(?m)^[ \\t]+<", "<");
	}

}
