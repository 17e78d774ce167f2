package org.painwise.site.articles;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An article's body is turned from Markdown into HTML when it is saved, and the page
 * shows what was kept; articles saved without it are rendered once when the site starts.
 */
@SiteTest
class RenderedBodyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ArticleEditing editing;

	@Autowired
	RenderedBodies renderedBodies;

	@Test
	void savingKeepsTheBodyAsHtmlAndThePageShowsWhatWasKept() throws Exception {
		long person = new TestArticles(jdbc).person("Rendered Body Author");
		long id = editing.create(new ArticleContent("rendered-body", "Rendered body", "Standfirst.",
				"## Dose\n\nTake **one** tablet.\n\n## Side effects\n\nFew.", person, person, List.of(), List.of(),
				List.of(), null, true, List.of(), List.of()));
		editing.publish(id, LocalDate.now(), LocalDate.now().plusYears(1));

		assertThat(column(id, "body_html")).contains("<h2 id=\"dose\">Dose</h2>", "<strong>one</strong>");
		assertThat(column(id, "body_contents")).isEqualTo("2|dose|Dose\n2|side-effects|Side effects\n");

		// the page shows the kept HTML, not a fresh rendering of the Markdown
		jdbc.sql("update article set body_html = '<p>Kept when saved</p>' where id = ?").param(id).update();
		mvc.perform(get("/articles/rendered-body"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<p>Kept when saved</p>")))
			.andExpect(content().string(not(containsString("<strong>one</strong>"))))
			.andExpect(content().string(containsString("href=\"#side-effects\"")));
	}

	@Test
	void articlesSavedWithoutTheirHtmlAreRenderedOnceWithoutChangingTheirVersion() throws Exception {
		TestArticles data = new TestArticles(jdbc);
		long id = data.article("unrendered-body", "Unrendered", "## Only section\n\nText with *emphasis*.", "PUBLISHED",
				data.person("Unrendered Author"));
		assertThat(column(id, "body_html")).isNull();
		// meanwhile, readers get it rendered on the fly
		mvc.perform(get("/articles/unrendered-body"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<em>emphasis</em>")));
		long version = jdbc.sql("select version from article where id = ?").param(id).query(Long.class).single();

		renderedBodies.renderMissing();

		assertThat(column(id, "body_html")).contains("<h2 id=\"only-section\">Only section</h2>", "<em>emphasis</em>");
		assertThat(column(id, "body_contents")).isEqualTo("2|only-section|Only section\n");
		assertThat(jdbc.sql("select version from article where id = ?").param(id).query(Long.class).single())
			.isEqualTo(version);
	}

	private String column(long id, String column) {
		return jdbc.sql("select " + column + " from article where id = ?")
			.param(id)
			.query((rs, row) -> Optional.ofNullable(rs.getString(1)))
			.single()
			.orElse(null);
	}

}
