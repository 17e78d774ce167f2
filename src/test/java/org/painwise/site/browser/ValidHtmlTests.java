package org.painwise.site.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.painwise.site.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painwise.site.TestCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Rendered pages are valid HTML, as HTML Tidy sees them: no errors and no warnings.
 */
@SiteTest
class ValidHtmlTests {

	// Tidy 5.6 predates aria-current (ARIA 1.1) and calls it proprietary; it is valid HTML
	private static final List<String> TIDY_LIMITATIONS = List.of("proprietary attribute \"aria-current\"");

	private static Path tidy;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void findTidy(TestInfo test) {
		tidy = ExternalTool.program("tidy", "tidy.binary", "install the Debian package tidy", test.getDisplayName());
	}

	static Stream<String> pages() {
		return Stream.of("/", "/articles", "/articles?sort=title", "/articles/amitriptyline", "/articles/gabapentin",
				"/articles/talking-to-your-gp-about-pain", "/topics/sleep-and-pain", "/search", "/search?q=titrating",
				"/search?q=zzzzqqq", "/search?q=%3Cscript%3E", "/about", "/help", "/get-involved", "/privacy",
				"/accessibility", "/login", "/articles/no-such-article", "/articles?page=abc");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void pageIsValidHtml(String path) throws Exception {
		String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertValid(path, html);
	}

	@org.junit.jupiter.api.Test
	void theCommentFormWithErrorsIsValidHtml() throws Exception {
		String html = mvc.perform(post("/articles/pregabalin/comments").with(csrf()).param("name", "")
			.param("email", "x").param("body", "<b>kept</b>"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertValid("comment form with errors", html);
	}

	private static void assertValid(String what, String html) throws IOException, InterruptedException {
		assertThat(html).as(what).startsWith("<!DOCTYPE html>");
		Process process = new ProcessBuilder(tidy.toString(), "-errors", "-quiet", "--show-warnings", "yes",
				"--gnu-emacs", "no", "-utf8").redirectErrorStream(true).start();
		process.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
		process.getOutputStream().close();
		String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		List<String> problems = report.lines()
			.filter(line -> !line.isBlank())
			.filter(line -> TIDY_LIMITATIONS.stream().noneMatch(line::contains))
			.toList();
		assertThat(problems).as("HTML Tidy on %s", what).isEmpty();
	}

}
