package org.painwise.site.articles;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Search finds articles from what patients really type: misspellings, the start of a
 * word, brand names and everyday phrases, with the sample content.
 */
@SiteTest
class ForgivingSearchTests {

	private static final Pattern RESULT = Pattern.compile("class=\"card-title\"><a href=\"/articles/([a-z0-9-]+)\"");

	private static final Pattern DID_YOU_MEAN = Pattern
		.compile("class=\"did-you-mean\"><span>Did you mean</span>\\s*<a href=\"([^\"]+)\">([^<]+)</a>");

	@Autowired
	MockMvc mvc;

	@Test
	void misspellingsFindTheArticle() throws Exception {
		assertThat(results("amitriptylene")).contains("amitriptyline");
		assertThat(results("amitryptiline")).contains("amitriptyline");
		assertThat(results("Amitripryline")).contains("amitriptyline");
		// not listed anywhere: found by trigram similarity alone
		assertThat(results("lyrca")).containsExactly("pregabalin");
	}

	@Test
	void theStartOfAWordFindsTheArticle() throws Exception {
		assertThat(results("amitrip")).first().isEqualTo("amitriptyline");
		assertThat(results("gabapen")).contains("gabapentin");
	}

	@Test
	void brandNamesFindTheArticle() throws Exception {
		assertThat(results("Elavil")).containsExactly("amitriptyline");
		assertThat(results("Trepiline")).containsExactly("amitriptyline");
		assertThat(results("Lyrica")).containsExactly("pregabalin");
		assertThat(results("Neurontin")).containsExactly("gabapentin");
		assertThat(results("cymbalta")).containsExactly("duloxetine");
	}

	@Test
	void didYouMeanLinksToTheCorrectedSearchWhichFindsResults() throws Exception {
		String html = page("amitriptylene");
		Matcher link = DID_YOU_MEAN.matcher(html);
		assertThat(link.find()).as("a Did you mean link").isTrue();
		assertThat(link.group(2)).isEqualTo("amitriptyline");
		assertThat(link.group(1)).isEqualTo("/search?q=amitriptyline");
		assertThat(html).contains("No articles match “amitriptylene”. These", "match “amitriptyline”.");
		assertThat(slugs(html)).first().isEqualTo("amitriptyline");

		String corrected = mvc.perform(get(link.group(1)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(slugs(corrected)).first().isEqualTo("amitriptyline");
		assertThat(corrected).contains("articles match “amitriptyline”.").doesNotContain("Did you mean");
	}

	@Test
	void aCorrectWordGetsNoDidYouMean() throws Exception {
		assertThat(page("amitriptyline")).doesNotContain("Did you mean");
	}

	@Test
	void nervePainTabletsFindsEveryArticleAboutNervePain() throws Exception {
		assertThat(results("nerve pain tablets")).contains("amitriptyline", "gabapentin", "pregabalin", "duloxetine",
				"nortriptyline", "coming-off-pain-medicines-safely");
	}

	@Test
	void aQueryThatMatchesNothingStillGetsTheFriendlyPage() throws Exception {
		mvc.perform(get("/search").param("q", "xqzzvb wqkkp"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("No articles match “xqzzvb wqkkp”."), containsString("Search tips"),
						containsString("Or browse by topic"), not(containsString("Did you mean")))));
	}

	@Test
	void suggestionsAreOfferedAsJsonForEveryone() throws Exception {
		mvc.perform(get("/search/suggestions").param("q", "amitrip"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/json")))
			.andExpect(header().string("Cache-Control", containsString("public")))
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(content()
				.string(startsWith("[{\"title\":\"Amitriptyline for pain\",\"url\":\"/articles/amitriptyline\"}")));
		mvc.perform(get("/search/suggestions").param("q", "Lyr"))
			.andExpect(content().string(containsString("\"url\":\"/articles/pregabalin\"")));
		String many = mvc.perform(get("/search/suggestions").param("q", "pain"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(many.split("\"url\"")).hasSizeLessThanOrEqualTo(ArticleSearch.SUGGESTIONS + 1).hasSizeGreaterThan(2);
	}

	@Test
	void badInputNeverFails() throws Exception {
		String[] queries = { "x".repeat(5000), "amitrip\u0000\u0007\u001b[31m", "?!.,;:-–—…\"'()[]{}", "&|!<>:*",
				"\u202E\u200B", "a b c d e f g h i j k l m n o p", "'' & !!" };
		for (String query : queries) {
			mvc.perform(get("/search").param("q", query)).andExpect(status().isOk());
			mvc.perform(get("/search/suggestions").param("q", query))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", containsString("application/json")));
		}
		mvc.perform(get("/search/suggestions")).andExpect(status().isOk()).andExpect(content().json("[]"));
		mvc.perform(get("/search").param("q", "?!.,;:"))
			.andExpect(content().string(containsString("No articles match “?!.,;:”.")));
	}

	private List<String> results(String query) throws Exception {
		return slugs(page(query));
	}

	private String page(String query) throws Exception {
		return mvc.perform(get("/search").param("q", query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<String> slugs(String html) {
		return RESULT.matcher(html).results().map(m -> m.group(1)).toList();
	}

}
