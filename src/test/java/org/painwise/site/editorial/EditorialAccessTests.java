package org.painwise.site.editorial;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.TestCsrf;
import org.painwise.site.staff.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editorial pages are for editors and admins, and every editorial form needs its CSRF
 * token.
 */
@SiteTest
class EditorialAccessTests {

	private static final String[] PAGES = { "/staff/articles", "/staff/articles/new", "/staff/articles/1",
			"/staff/reviews", "/staff/people", "/staff/people/new", "/staff/topics", "/staff/topics/new" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	EditorialFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new EditorialFixtures(mvc, jdbc);
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		for (String page : PAGES) {
			mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void aModeratorIsRefused() throws Exception {
		MockHttpSession moderator = StaffLogins.signIn(mvc, EditorialFixtures.MODERATOR,
				EditorialFixtures.MODERATOR_PASSWORD);
		for (String page : PAGES) {
			mvc.perform(get(page).session(moderator)).andExpect(status().isForbidden());
		}
		mvc.perform(post("/staff/articles/1/publish").session(moderator).with(TestCsrf.csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void editorsAndAdminsMayOpenEveryEditorialPage() throws Exception {
		for (MockHttpSession session : new MockHttpSession[] {
				StaffLogins.signIn(mvc, EditorialFixtures.EDITOR, EditorialFixtures.EDITOR_PASSWORD),
				StaffLogins.signIn(mvc, EditorialFixtures.ADMIN, EditorialFixtures.ADMIN_PASSWORD) }) {
			for (String page : PAGES) {
				mvc.perform(get(page).session(session)).andExpect(status().isOk());
			}
		}
	}

	@Test
	void everyEditorialFormNeedsItsCsrfToken() throws Exception {
		MockHttpSession editor = StaffLogins.signIn(mvc, EditorialFixtures.EDITOR, EditorialFixtures.EDITOR_PASSWORD);
		String statusBefore = jdbc.sql("select status from article where id = 1").query(String.class).single();
		for (String form : new String[] { "/staff/articles", "/staff/articles/1", "/staff/articles/1/publish",
				"/staff/articles/1/unpublish", "/staff/articles/1/archive", "/staff/articles/preview", "/staff/people",
				"/staff/people/1", "/staff/topics", "/staff/topics/1" }) {
			mvc.perform(post(form).session(editor).param("title", "Changed").param("name", "Changed"))
				.andExpect(status().isForbidden());
			mvc.perform(post(form).session(editor).with(TestCsrf.csrf().useInvalidToken()).param("name", "Changed"))
				.andExpect(status().isForbidden());
		}
		assertThat(jdbc.sql("select status from article where id = 1").query(String.class).single())
			.isEqualTo(statusBefore);
	}

	@Test
	void editorsManagePeopleAndTopics() throws Exception {
		MockHttpSession editor = StaffLogins.signIn(mvc, EditorialFixtures.EDITOR, EditorialFixtures.EDITOR_PASSWORD);
		mvc.perform(post("/staff/people").session(editor)
			.with(TestCsrf.csrf())
			.param("name", "Editorial Test Person")
			.param("credentials", "Physiotherapist, MCSP")
			.param("bio", "Works with people in pain.")).andExpect(redirectedUrl("/staff/people"));
		mvc.perform(
				post("/staff/people").session(editor).with(TestCsrf.csrf()).param("name", "").param("credentials", ""))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/staff/topics").session(editor)
			.with(TestCsrf.csrf())
			.param("name", "Editorial test topic")
			.param("slug", "")
			.param("description", "Things to try.")).andExpect(redirectedUrl("/staff/topics"));
		mvc.perform(post("/staff/topics").session(editor)
			.with(TestCsrf.csrf())
			.param("name", "Same again")
			.param("slug", "editorial-test-topic")
			.param("description", "Duplicate.")).andExpect(status().isBadRequest());
		mvc.perform(get("/topics/editorial-test-topic")).andExpect(status().isOk());
		jdbc.sql("delete from person where name = 'Editorial Test Person'").update();
		jdbc.sql("delete from topic where slug = 'editorial-test-topic'").update();
	}

	@Test
	void aSavedTopicKeepsItsOwnAddressAndAMissingEntryIsNotFound() throws Exception {
		MockHttpSession editor = StaffLogins.signIn(mvc, EditorialFixtures.EDITOR, EditorialFixtures.EDITOR_PASSWORD);
		mvc.perform(post("/staff/topics").session(editor)
			.with(TestCsrf.csrf())
			.param("name", "Editorial kept topic")
			.param("slug", "")
			.param("description", "Kept.")).andExpect(redirectedUrl("/staff/topics"));
		long id = jdbc.sql("select id from topic where slug = 'editorial-kept-topic'").query(Long.class).single();
		mvc.perform(get("/staff/topics/" + id).session(editor)).andExpect(status().isOk());
		mvc.perform(post("/staff/topics/" + id).session(editor)
			.with(TestCsrf.csrf())
			.param("name", "Editorial kept topic")
			.param("slug", "editorial-kept-topic")
			.param("description", "Kept, and changed.")).andExpect(redirectedUrl("/staff/topics"));
		assertThat(
				jdbc.sql("select description from topic where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("Kept, and changed.");
		mvc.perform(get("/staff/people/987654321").session(editor)).andExpect(status().isNotFound());
		mvc.perform(get("/staff/topics/987654321").session(editor)).andExpect(status().isNotFound());
		mvc.perform(post("/staff/topics/987654321").session(editor)
			.with(TestCsrf.csrf())
			.param("name", "Nowhere")
			.param("slug", "nowhere")
			.param("description", "None.")).andExpect(status().isNotFound());
		jdbc.sql("delete from topic where id = :id").param("id", id).update();
	}

}
