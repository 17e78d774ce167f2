package org.painwise.site.articles;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painwise.site.TestOrigin.sameOrigin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With the page cache on, an article page is given as its kept shell with each reader's
 * sections put in place; the reader gets exactly the page rendered whole.
 */
@SpringBootTest(properties = "page-cache.enabled=true")
@AutoConfigureMockMvc
@Import(TestDatabase.class)
@ActiveProfiles("dev")
class ArticlePageShellTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticlePages pages;

	@AfterEach
	void shells() {
		pages.useShells(true);
	}

	@Test
	void aPersonalPageGivenAsShellAndSectionsIsThePageRenderedWhole() throws Exception {
		Cookie personal = new Cookie("pw_visitor", "0123456789abcdef0123456789abcdef");
		pages.useShells(false);
		String whole = page("/articles/amitriptyline?comments-page=2", personal);
		pages.useShells(true);
		assertThat(pages.hasShell("amitriptyline")).isFalse();

		assertThat(page("/articles/amitriptyline?comments-page=2", personal)).isEqualTo(whole);
		assertThat(pages.hasShell("amitriptyline")).isTrue();
		assertThat(page("/articles/amitriptyline?comments-page=2", personal)).as("from the kept shell")
			.isEqualTo(whole)
			.contains("id=\"comments\"", "id=\"rating\"", "Comments (", "Skip to comments");
	}

	@Test
	void aNoticeForOneReaderIsInTheirSectionAndNeverInTheShell() throws Exception {
		MvcResult voted = mvc
			.perform(post("/articles/duloxetine/rating").with(sameOrigin()).param("value", "4").with(request -> {
				request.setRemoteAddr("192.0.2.91");
				return request;
			}))
			.andExpect(status().isFound())
			.andReturn();
		Cookie visitor = voted.getResponse().getCookie("pw_visitor");
		Cookie flash = voted.getResponse().getCookie("pw_flash");

		String withThanks = page("/articles/duloxetine", visitor, flash);
		assertThat(withThanks).containsOnlyOnce("Thank you for rating this.");
		assertThat(page("/articles/duloxetine", visitor)).doesNotContain("Thank you for rating this.");
		assertThat(page("/articles/duloxetine")).doesNotContain("Thank you for rating this.");
	}

	private String page(String url, Cookie... cookies) throws Exception {
		var request = get(url);
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(">\\s+<", "><")
			.replaceAll("(?m)^[ \\t]+<", "<");
	}

}
