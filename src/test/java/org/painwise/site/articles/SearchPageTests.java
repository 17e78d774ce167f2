package org.painwise.site.articles;

import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search page as a reader uses it, with the sample content.
 */
@SiteTest
class SearchPageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void findsArticlesByAnotherFormOfTheWordWithHighlightedSnippets() throws Exception {
		mvc.perform(get("/search").param("q", "titrating"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("match “titrating”"),
					containsString("href=\"/articles/amitriptyline\""), containsString("<mark>"))));
	}

	@Test
	void anEmptyQueryGetsHelpToStart() throws Exception {
		for (String query : new String[] { "", "   ", "\u0000" }) {
			mvc.perform(get("/search").param("q", query))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Type a word or two"),
						containsString("Or browse by topic"), containsString("href=\"/topics/sleep-and-pain\""))));
		}
		mvc.perform(get("/search"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Type a word or two")));
	}

	@Test
	void noResultsGetsTipsAndAWayToBrowse() throws Exception {
		mvc.perform(get("/search").param("q", "zzxqvv"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("No articles match “zzxqvv”."), containsString("Search tips"),
							containsString("Or browse by topic"), containsString("Get help and support"))));
	}

	@Test
	void oddQueriesAreShownEscapedAndNeverFail() throws Exception {
		String[] queries = { "<script>alert('x')</script>", "' OR '1'='1'; DROP TABLE article; --", "\" & | ! ( ) :*",
				"😀🔥 pain", "ألم مزمن", "שינה", "e\u0301\u0301\u0301", "%00%27", "\u202Eevil\u202C", "{{7*7}}",
				"${7*7}", "[[${7*7}]]" };
		for (String query : queries) {
			String html = mvc.perform(get("/search").param("q", query))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(query).doesNotContain("<script>alert");
		}
		mvc.perform(get("/search").param("q", "[[${7*7}]]"))
			.andExpect(content().string(containsString("No articles match “[[${7*7}]]”.")));
		mvc.perform(get("/search").param("q", "<script>alert('x')</script>"))
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")));
	}

	@Test
	void anAbsurdlyLongQueryIsShortenedWithANote() throws Exception {
		mvc.perform(get("/search").param("q", "pain ".repeat(1000)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("we searched for the first 200 characters")));
	}

	@Test
	void searchPagesAreNotIndexed() throws Exception {
		mvc.perform(get("/search").param("q", "sleep"))
			.andExpect(content().string(allOf(containsString("<meta name=\"robots\" content=\"noindex\">"),
					not(containsString("Whitelabel")))));
	}

}
