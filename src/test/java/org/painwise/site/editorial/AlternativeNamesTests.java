package org.painwise.site.editorial;

import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.TestCsrf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editors give an article its brand names and the misspellings readers type; readers see
 * the brand names as "Also known as" and find the article by any of them.
 */
@SiteTest
class AlternativeNamesTests extends EditorTestSupport {

	@Test
	void namesAreSavedFromTheEditorShownToReadersAndSearched() throws Exception {
		String slug = EditorialFixtures.uniqueSlug("capsaicin");
		String location = mvc
			.perform(fixtures
				.articleForm("/staff/articles", "Capsaicin cream", slug, "## How to use it\n\nA thin layer.")
				.param("version", "0")
				.param("alternativeNames", " Zacin ,Axsain, zacin,, ")
				.param("misspellings", "capsacin, capsaicine")
				.param("action", "save")
				.session(editor)
				.with(TestCsrf.csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/staff/articles/");
		long id = Long.parseLong(location.substring("/staff/articles/".length()));

		// the editor opens with the names tidied: spaces trimmed, blanks and repeats gone
		mvc.perform(get("/staff/articles/" + id).session(editor))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"Zacin, Axsain\""),
					containsString("value=\"capsacin, capsaicine\""))));

		mvc.perform(fixtures.publish(editor, id));
		mvc.perform(get("/articles/" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Also known as:"), containsString("Zacin, Axsain"),
					not(containsString("capsacin")))));
		mvc.perform(get("/search").param("q", "Axsain"))
			.andExpect(content().string(containsString("href=\"/articles/" + slug + "\"")));
		mvc.perform(get("/search").param("q", "capsacin"))
			.andExpect(content()
				.string(allOf(containsString("href=\"/articles/" + slug + "\""), containsString("Did you mean"))));
	}

	@Test
	void theSampleBrandNamesAreShownUnderTheTitle() throws Exception {
		mvc.perform(get("/articles/amitriptyline"))
			.andExpect(content().string(allOf(containsString("Also known as:"),
					containsString("Elavil, Trepiline, Triptafen"), not(containsString("amitryptiline")))));
		mvc.perform(get("/articles/pacing-activities"))
			.andExpect(content().string(not(containsString("Also known as"))));
	}

	@Test
	void tooManyNamesComeBackWithAMessageAndTheTextKept() throws Exception {
		String names = "Brandname, ".repeat(60);
		mvc.perform(fixtures
			.articleForm("/staff/articles", "Too many names", EditorialFixtures.uniqueSlug("names"), "Body.")
			.param("version", "0")
			.param("alternativeNames", names)
			.param("action", "save")
			.session(editor)
			.with(TestCsrf.csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Other names must be 500 characters or fewer."),
					containsString("value=\"" + names + "\""))));
	}

}
