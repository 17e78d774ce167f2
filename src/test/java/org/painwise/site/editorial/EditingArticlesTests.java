package org.painwise.site.editorial;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.TestCsrf;
import org.painwise.site.staff.StaffLogins;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editors write, preview, publish, unpublish and archive articles; readers see only what
 * is published, with the right dates; every step that matters is in the audit log.
 */
@SiteTest
class EditingArticlesTests extends EditorTestSupport {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	@Test
	void theArticleListShowsEveryStatusWithReviewDatesAndFilters() throws Exception {
		mvc.perform(get("/staff/articles").session(editor))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Gabapentin"), containsString("Next review due"),
					containsString("overdue"), containsString("Write a new article"))));
		mvc.perform(get("/staff/articles").param("overdue", "yes").session(editor))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Gabapentin"), not(containsString(">Amitriptyline<")))));
		mvc.perform(get("/staff/articles").param("status", "DRAFT").param("sort", "title").session(editor))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(">Gabapentin<"))));
	}

	@Test
	void anEditorWritesPreviewsAndPublishesAnArticleThatReadersThenSee() throws Exception {
		String slug = EditorialFixtures.uniqueSlug("heat-packs");
		// preview keeps everything typed and shows the body as readers will see it
		mvc.perform(fixtures
			.articleForm("/staff/articles", "Heat packs for back pain", slug,
					"## Using a heat pack\n\nWrap it in a towel. Use it for 20 minutes.")
			.param("action", "preview")
			.session(editor)
			.with(TestCsrf.csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h2 id=\"using-a-heat-pack\">Using a heat pack</h2>"),
					containsString("value=\"Heat packs for back pain\""), containsString("Flesch reading ease"),
					containsString("Wrap it in a towel. Use it for 20 minutes.</textarea>"))));

		long id = fixtures.createDraft(editor, "Heat packs for back pain", slug,
				"## Using a heat pack\n\nWrap it in a towel. Use it for 20 minutes.");
		mvc.perform(get("/articles/" + slug)).andExpect(status().isNotFound());
		// the saved article opens in the editor as it was written
		String saved = mvc.perform(get("/staff/articles/" + id).session(editor))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(saved).contains("value=\"" + slug + "\"", "Status: Draft",
				"value=\"" + fixtures.topicId() + "\" id=\"topicIds" + fixtures.topicId()
						+ "\" name=\"topicIds\" checked=\"checked\"",
				"<option value=\"" + fixtures.personId(0) + "\" selected=\"selected\"");

		mvc.perform(fixtures.publish(editor, id)).andExpect(redirectedUrl("/staff/articles/" + id));
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		String html = mvc.perform(get("/articles/" + slug))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Heat packs for back pain", "Wrap it in a towel.",
				"Last reviewed " + DAY.format(today), "Next review due " + DAY.format(today.plusYears(3)));
		assertThat(actions(id)).containsExactly("article.created", "article.published");

		mvc.perform(post("/staff/articles/" + id + "/unpublish").session(editor).with(TestCsrf.csrf()))
			.andExpect(redirectedUrl("/staff/articles/" + id));
		mvc.perform(get("/articles/" + slug)).andExpect(status().isNotFound());
		mvc.perform(post("/staff/articles/" + id + "/archive").session(editor).with(TestCsrf.csrf()))
			.andExpect(redirectedUrl("/staff/articles/" + id));
		assertThat(actions(id)).containsExactly("article.created", "article.published", "article.unpublished",
				"article.archived");
	}

	@Test
	void aFormWithMistakesComesBackFilledInWithMessages() throws Exception {
		mvc.perform(fixtures.articleForm("/staff/articles", "", "Not A Slug!", "Some text I typed.")
			.param("action", "save")
			.session(editor)
			.with(TestCsrf.csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("There is a problem"), containsString("Enter a title."),
					containsString("Use only lower-case letters"), containsString("Some text I typed.</textarea>"))));
	}

	@Test
	void theSlugIsSuggestedFromTheTitleAndMustBeUnique() throws Exception {
		mvc.perform(fixtures.articleForm("/staff/articles", "Editorial test: Ice & Heat", "", "Body.")
			.param("action", "preview")
			.session(editor)
			.with(TestCsrf.csrf())).andExpect(content().string(containsString("value=\"editorial-test-ice-heat\"")));
		mvc.perform(fixtures.articleForm("/staff/articles", "Another gabapentin", "gabapentin", "Body.")
			.param("action", "save")
			.session(editor)
			.with(TestCsrf.csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Another article has, or had, this web address.")));
	}

	@Test
	void aRowPastTheLimitIsRefusedWithTheFormKeptNotAServerError() throws Exception {
		String slug = EditorialFixtures.uniqueSlug("far-row");
		mvc.perform(fixtures.articleForm("/staff/articles", "Far row", slug, "My body, kept.")
			.param("references[0].text", "A real source")
			.param("references[500].text", "x")
			.param("action", "save")
			.session(editor)
			.with(TestCsrf.csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("An article can have at most 100 references"),
					containsString("My body, kept.</textarea>"), containsString("value=\"A real source\""))));
		mvc.perform(fixtures.articleForm("/staff/articles", "Far row", slug, "My body, kept.")
			.param("faqs[99999999999].question", "x")
			.param("action", "save")
			.session(editor)
			.with(TestCsrf.csrf())).andExpect(status().isBadRequest());
	}

	@Test
	void referencesAndFaqsAreAddedReorderedAndRemovedWithoutLosingText() throws Exception {
		String slug = EditorialFixtures.uniqueSlug("rows");
		String page = mvc
			.perform(fixtures.articleForm("/staff/articles", "Rows", slug, "My unsaved body.")
				.param("references[0].text", "First source")
				.param("references[0].url", "https://example.org/1")
				.param("references[1].text", "Second source")
				.param("references[1].url", "")
				.param("action", "ref-up-1")
				.session(editor)
				.with(TestCsrf.csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("value=\"Second source\"")).isLessThan(page.indexOf("value=\"First source\""));
		assertThat(page).contains("My unsaved body.</textarea>", "id=\"references[0].text\"",
				"<label for=\"references[0].text\">Reference 1: citation</label>");

		page = mvc
			.perform(fixtures.articleForm("/staff/articles", "Rows", slug, "My unsaved body.")
				.param("faqs[0].question", "Can I drive?")
				.param("faqs[0].answer", "Not until you know how it affects you.")
				.param("action", "faq-add")
				.session(editor)
				.with(TestCsrf.csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"Can I drive?\"", "name=\"faqs[1].question\"");

		page = mvc
			.perform(fixtures.articleForm("/staff/articles", "Rows", slug, "My unsaved body.")
				.param("references[0].text", "First source")
				.param("references[1].text", "Second source")
				.param("action", "ref-remove-0")
				.session(editor)
				.with(TestCsrf.csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"Second source\"").doesNotContain("value=\"First source\"");

		long id = fixtures.createDraft(editor, "Rows", slug, "Body.");
		mvc.perform(fixtures.articleForm("/staff/articles/" + id, "Rows", slug, "Body.")
			.param("version", String.valueOf(fixtures.versionOf(id)))
			.param("references[0].text", "B source")
			.param("references[1].text", "A source")
			.param("references[1].url", "https://example.org/a")
			.param("faqs[0].question", "Q?")
			.param("faqs[0].answer", "A.")
			.param("action", "save")
			.session(editor)
			.with(TestCsrf.csrf())).andExpect(redirectedUrl("/staff/articles/" + id));
		assertThat(jdbc.sql("select text from article_reference where article_id = :id order by position")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("B source", "A source");
	}

	@Test
	void changingAPublishedArticlesSlugRedirectsTheOldAddressPermanently() throws Exception {
		String oldSlug = EditorialFixtures.uniqueSlug("old-name");
		String newSlug = EditorialFixtures.uniqueSlug("new-name");
		long id = fixtures.createDraft(editor, "Renamed", oldSlug, "Body.");
		mvc.perform(fixtures.publish(editor, id));
		mvc.perform(fixtures.articleForm("/staff/articles/" + id, "Renamed", newSlug, "Body.")
			.param("version", String.valueOf(fixtures.versionOf(id)))
			.param("action", "save")
			.session(editor)
			.with(TestCsrf.csrf())).andExpect(redirectedUrl("/staff/articles/" + id));

		mvc.perform(get("/articles/" + oldSlug))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/articles/" + newSlug));
		mvc.perform(get("/articles/" + newSlug)).andExpect(status().isOk());
		assertThat(actions(id)).contains("article.slug-changed");
		// the old address stays reserved for this article
		mvc.perform(fixtures.articleForm("/staff/articles", "Squatter", oldSlug, "Body.")
			.param("action", "save")
			.session(editor)
			.with(TestCsrf.csrf())).andExpect(status().isBadRequest());
	}

	@Test
	void aSecondEditorSavingAnOlderVersionGetsAConflictPageThatKeepsTheirText() throws Exception {
		String slug = EditorialFixtures.uniqueSlug("conflict");
		long id = fixtures.createDraft(editor, "Conflict", slug, "Line one.\nLine two.");
		long opened = fixtures.versionOf(id);
		MockHttpSession admin = StaffLogins.signIn(mvc, EditorialFixtures.ADMIN, EditorialFixtures.ADMIN_PASSWORD);
		mvc.perform(fixtures.articleForm("/staff/articles/" + id, "Conflict", slug, "Line one.\nLine two, by Sam.")
			.param("version", String.valueOf(opened))
			.param("action", "save")
			.session(admin)
			.with(TestCsrf.csrf())).andExpect(redirectedUrl("/staff/articles/" + id));

		String page = mvc
			.perform(fixtures.articleForm("/staff/articles/" + id, "Conflict", slug, "Line one.\nLine two, by Priya.")
				.param("version", String.valueOf(opened))
				.param("action", "save")
				.session(editor)
				.with(TestCsrf.csrf()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Someone else saved this article while you were editing it",
				"Line one.\nLine two, by Priya.</textarea>", "− Line two, by Sam.", "+ Line two, by Priya.",
				"name=\"version\" value=\"" + fixtures.versionOf(id) + "\"");
		assertThat(body(id)).isEqualTo("Line one.\nLine two, by Sam.");

		// saving from the conflict page is a deliberate choice to keep this version
		mvc.perform(fixtures.articleForm("/staff/articles/" + id, "Conflict", slug, "Line one.\nLine two, by Priya.")
			.param("version", String.valueOf(fixtures.versionOf(id)))
			.param("action", "save")
			.session(editor)
			.with(TestCsrf.csrf())).andExpect(redirectedUrl("/staff/articles/" + id));
		assertThat(body(id)).isEqualTo("Line one.\nLine two, by Priya.");
	}

	@Test
	void anythingTheAllowListRemovesIsReportedToTheEditor() throws Exception {
		String slug = EditorialFixtures.uniqueSlug("hostile");
		mvc.perform(fixtures
			.articleForm("/staff/articles", "Hostile", slug,
					"Hi <script>alert(1)</script> and [x](javascript:alert(1)).")
			.param("action", "preview")
			.session(editor)
			.with(TestCsrf.csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Taken out to keep the page safe"),
					containsString("HTML written in the body (&lt;script&gt;) is shown as plain text"),
					containsString("A a element was removed"), not(containsString("<script>alert")))));
		mvc.perform(fixtures.articleForm("/staff/articles", "Hostile", slug, "Hi <b onclick=x>bold</b>.")
			.param("action", "save")
			.session(editor)
			.with(TestCsrf.csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("removals",
					hasItem("HTML written in the body (<b onclick=x>) is shown as plain text, not as markup.")));
	}

	@Test
	void previewWithoutLeavingThePageReturnsJustThePreview() throws Exception {
		mvc.perform(fixtures.articleForm("/staff/articles/preview", "T", "t", "**Bold** words here.")
			.session(editor)
			.with(TestCsrf.csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"preview\""), containsString("<strong>Bold</strong>"),
					not(containsString("<html")))));
	}

	@Test
	void theEditorShowsWordCountReadabilityAndAHintWhenHard() throws Exception {
		mvc.perform(fixtures
			.articleForm("/staff/articles", "Hard", "hard",
					"Pharmacological intervention utilising anticonvulsant medication necessitates individualised "
							+ "titration, considering comorbidities and concomitant administration.")
			.param("action", "preview")
			.session(editor)
			.with(TestCsrf.csrf()))
			.andExpect(content().string(allOf(containsString("words, 1 sentence. Flesch reading ease:"),
					containsString("very hard to read"), containsString("harder to read than plain English"))));
	}

	private List<String> actions(long id) {
		return jdbc
			.sql("select action from audit_entry where subject_type = 'article' and subject_id = :id order by id")
			.param("id", String.valueOf(id))
			.query(String.class)
			.list();
	}

	private String body(long id) {
		return jdbc.sql("select body_markdown from article where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
