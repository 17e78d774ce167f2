package org.painwise.site.editorial;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.painwise.site.staff.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a whole-site editorial test starts from: the site through MockMvc, the database,
 * the development site's editor signed in through the real form
 * ({@link StaffLogins#signIn}), and articles made to order ({@link EditorialFixtures}),
 * removed again after each test.
 */
abstract class EditorTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	EditorialFixtures fixtures;

	MockHttpSession editor;

	@BeforeEach
	void signInAsEditor() throws Exception {
		fixtures = new EditorialFixtures(mvc, jdbc);
		editor = StaffLogins.signIn(mvc, EditorialFixtures.EDITOR, EditorialFixtures.EDITOR_PASSWORD);
	}

	@AfterEach
	void removeTestArticles() {
		fixtures.removeTestArticles();
	}

}
