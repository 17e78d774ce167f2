package org.painwise.site.articles;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full-text search against real PostgreSQL: stemming, ranking, published-only, safe
 * snippets.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ TestDatabase.class, ArticleSearch.class })
class ArticleSearchTests {

	@Autowired
	ArticleSearch search;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void articles() {
		TestArticles articles = new TestArticles(jdbc);
		long person = articles.person("Search Author");
		articles.article("dose-steps", "Dose steps", "Sums like 5 < 10 & 20 > 3 help you titrate.", "PUBLISHED",
				person);
		articles.article("titration-guide", "Titration and titrating explained",
				"A whole article about how to titrate.", "PUBLISHED", person);
		articles.article("draft-titration", "Draft about titration", "Titrate titrate titrate.", "DRAFT", person);
		articles.article("archived-titration", "Archived about titration", "Titrate.", "ARCHIVED", person);
	}

	@Test
	void stemmingFindsOtherFormsOfAWord() {
		ArticleSearch.Results results = search.search("titrating", 1);
		assertThat(results.hits()).extracting(ArticleSearch.Hit::slug).contains("dose-steps", "titration-guide");
	}

	@Test
	void titleMatchesRankFirst() {
		ArticleSearch.Results results = search.search("titrating", 1);
		assertThat(results.hits().get(0).slug()).isEqualTo("titration-guide");
	}

	@Test
	void onlyPublishedArticlesAreFound() {
		ArticleSearch.Results results = search.search("titrate", 1);
		assertThat(results.hits()).extracting(ArticleSearch.Hit::slug)
			.doesNotContain("draft-titration", "archived-titration");
	}

	@Test
	void snippetsHighlightMatchesAndEscapeEverythingElse() {
		ArticleSearch.Hit hit = search.search("titrate", 1)
			.hits()
			.stream()
			.filter(h -> h.slug().equals("dose-steps"))
			.findFirst()
			.orElseThrow();
		assertThat(hit.snippetHtml()).contains("<mark>titrate</mark>")
			.contains("5 &lt; 10 &amp; 20 &gt; 3")
			.doesNotContain("< 10");
	}

	@Test
	void queriesWithSearchSyntaxOrSymbolsDoNotFail() {
		for (String query : new String[] { "' OR 1=1 --", "\"unclosed", "a & | ! ( )", "<script>alert(1)</script>",
				"😀 ألم", "-", "or", "the" }) {
			assertThat(search.search(query, 1).total()).as(query).isNotNegative();
		}
	}

	@Test
	void pagesBeyondTheResultsAreEmpty() {
		ArticleSearch.Results results = search.search("titrate", 5);
		assertThat(results.hits()).isEmpty();
		assertThat(results.total()).isEqualTo(2);
	}

	@Test
	void cleaningRemovesControlCharactersAndCapsTheLength() {
		assertThat(ArticleSearch.clean("  sleep\u0000 and\u0007 pain \n")).isEqualTo("sleep and pain");
		assertThat(ArticleSearch.clean("x".repeat(1000))).hasSize(ArticleSearch.MAX_QUERY_LENGTH);
		assertThat(ArticleSearch.clean("a".repeat(199) + "😀")).hasSize(199);
		assertThat(ArticleSearch.clean(null)).isEmpty();
	}

	@Test
	void genericWordsAreLeftOutUnlessNothingElseIsLeft() {
		assertThat(ArticleSearch.withoutGenericWords("nerve pain tablets")).isEqualTo("nerve pain");
		assertThat(ArticleSearch.withoutGenericWords("Medicines for sleep")).isEqualTo("for sleep");
		assertThat(ArticleSearch.withoutGenericWords("tablets")).isEqualTo("tablets");
		assertThat(ArticleSearch.withoutGenericWords("tabletop")).isEqualTo("tabletop");
	}

	@Test
	void onlyWordsOfThreeOrMoreCharactersWithALetterAreTakenAsTheStartOfALongerWord() {
		assertThat(ArticleSearch.prefixQuery(ArticleSearch.words("amitrip 20 mg"))).isEqualTo("amitrip:* & 20 & mg");
		assertThat(ArticleSearch.prefixQuery(ArticleSearch.words("7 * 7 & |"))).isNull();
		assertThat(ArticleSearch.words("it's 'quoted' & (grouped) :* <-> !")).containsExactly("it", "s", "quoted",
				"grouped");
	}

	@Test
	void otherNamesAreFoundAndMisspellingsOfThemCorrected() {
		jdbc.sql(
				"update article set alternative_names = 'Titrex, Dosewell', misspellings = 'dozewell' where slug = 'dose-steps'")
			.update();
		assertThat(search.search("Dosewell", 1).hits()).extracting(ArticleSearch.Hit::slug)
			.containsExactly("dose-steps");
		ArticleSearch.Results corrected = search.search("dozewell", 1);
		assertThat(corrected.corrected()).isTrue();
		assertThat(corrected.suggestion()).isEqualTo("dosewell");
		assertThat(corrected.hits()).extracting(ArticleSearch.Hit::slug).containsExactly("dose-steps");
	}

}
