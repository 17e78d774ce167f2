package org.painwise.site.comments;

import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reader can jump to the comments: a "Skip to comments" link straight after "Skip to
 * main content", and the comments, with how many there are, as the last entry of the
 * contents list.
 */
@SiteTest
class CommentsInArticleContentsTests {

	private static final String SKIP_LINKS = "(?s).*<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\\s*"
			+ "<a class=\"skip-link\" href=\"#comments\">Skip to comments</a>.*";

	@Autowired
	MockMvc mvc;

	@Test
	void anArticleWithCommentsListsThemLastInItsContentsWithTheirNumber() throws Exception {
		mvc.perform(get("/articles/amitriptyline"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(matchesRegex(SKIP_LINKS), matchesRegex(
					"(?s).*<nav class=\"contents\".*href=\"#getting-support\">Getting support</a>\\s*</li>\\s*"
							+ "<li>\\s*<a href=\"#comments\">Comments \\(63\\)</a>\\s*</li>\\s*</ol>\\s*</nav>.*"),
					containsString("<section id=\"comments\""), containsString(">63 comments</h2>"))));
	}

	@Test
	void anOpenArticleWithoutCommentsStillLeadsToTheForm() throws Exception {
		mvc.perform(get("/articles/duloxetine"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(matchesRegex(SKIP_LINKS),
					containsString("<a href=\"#comments\">Comments</a>"), containsString("id=\"comment-form\""))));
	}

	@Test
	void aClosedArticleWithoutCommentsHasNothingToJumpTo() throws Exception {
		mvc.perform(get("/articles/talking-to-your-gp-about-pain"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Comments are closed."),
					not(containsString("href=\"#comments\"")), not(containsString("Skip to comments")))));
	}

}
