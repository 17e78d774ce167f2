package org.painwise.site.browser;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.painwise.site.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painwise.site.TestOrigin.sameOrigin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Rendered pages are valid HTML, as HTML Tidy sees them: no errors and no warnings.
 */
@SiteTest
class ValidHtmlTests {

	// Tidy 5.6 predates aria-current (ARIA 1.1) and calls it proprietary; it is valid
	// HTML. It also
	// knows autofocus only on form controls, but HTML makes it a global attribute for any
	// element
	// that can take focus, such as an error summary with tabindex="-1"
	private static final List<String> TIDY_LIMITATIONS = List.of("proprietary attribute \"aria-current\"",
			"<div> proprietary attribute \"autofocus\"", "<section> proprietary attribute \"autofocus\"");

	@RegisterExtension
	static final Tidy tidy = new Tidy();

	@Autowired
	MockMvc mvc;

	/**
	 * Each page with the status it is sent with, so an error page cannot stand in for the
	 * real one.
	 */
	static Stream<Arguments> pages() {
		return Stream.of(Arguments.of("/", 200), Arguments.of("/articles", 200),
				Arguments.of("/articles?sort=title", 200), Arguments.of("/articles/amitriptyline", 200),
				Arguments.of("/articles/amitriptyline?comments-order=helpful&comments-page=2", 200),
				Arguments.of("/comments/5/report", 200), Arguments.of("/articles/gabapentin", 200),
				Arguments.of("/articles/talking-to-your-gp-about-pain", 200),
				Arguments.of("/topics/sleep-and-pain", 200), Arguments.of("/search", 200),
				Arguments.of("/search?q=titrating", 200), Arguments.of("/search?q=zzzzqqq", 200),
				Arguments.of("/search?q=%3Cscript%3E", 200), Arguments.of("/about", 200), Arguments.of("/help", 200),
				Arguments.of("/get-involved", 200), Arguments.of("/privacy", 200), Arguments.of("/accessibility", 200),
				Arguments.of("/guidelines", 200), Arguments.of("/login", 200),
				Arguments.of("/articles/no-such-article", 404), Arguments.of("/articles?page=abc", 400));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void pageIsValidHtml(String path, int status) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
		assertThat(response.getStatus()).as("status of %s", path).isEqualTo(status);
		assertThat(response.getContentType()).as("content type of %s", path).startsWith(MediaType.TEXT_HTML_VALUE);
		assertValid(path, response.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void theCommentFormWithErrorsIsValidHtml() throws Exception {
		String html = mvc
			.perform(post("/articles/pregabalin/comments").with(sameOrigin())
				.param("name", "")
				.param("email", "x")
				.param("body", "<b>kept</b>"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertValid("comment form with errors", html);
	}

	@Test
	void theProblemReportWithErrorsIsValidHtml() throws Exception {
		String html = mvc
			.perform(post("/articles/pregabalin/feedback/problem").with(sameOrigin())
				.param("whatIsWrong", "")
				.param("replyEmail", "x"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("There is a problem");
		assertValid("problem report with errors", html);
	}

	private static void assertValid(String what, String html) throws Exception {
		assertThat(html).as(what).startsWith("<!DOCTYPE html>");
		List<String> problems = tidy.problems(html, line -> TIDY_LIMITATIONS.stream().anyMatch(line::contains));
		assertThat(problems).as("HTML Tidy on %s:%n%s", what, String.join("\n", problems)).isEmpty();
	}

}
