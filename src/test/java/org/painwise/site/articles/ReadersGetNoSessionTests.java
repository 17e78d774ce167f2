package org.painwise.site.articles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.painwise.site.ServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader who only reads never gets an HTTP session, over real HTTP against a running
 * site (so nothing a test harness does to the security filters can hide a session).
 */
@ServerTest
class ReadersGetNoSessionTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/articles", "/articles/amitriptyline", "/articles/talking-to-your-gp-about-pain",
			"/search?q=pain", "/topics/sleep-and-pain", "/about", "/nope", "/articles?page=abc", "/login" })
	void readingCreatesNoSession(String path) throws Exception {
		assertThat(cookiesSetBy(path))
			.noneMatch(cookie -> cookie.startsWith("JSESSIONID") || cookie.startsWith("SESSION"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/articles", "/articles/amitriptyline", "/articles/pregabalin?page=2",
			"/articles/talking-to-your-gp-about-pain", "/search?q=pain", "/topics/sleep-and-pain", "/about", "/help",
			"/sitemap.xml", "/robots.txt", "/nope" })
	void publicPagesSetNoCookiesAtAllAndCarryNoToken(String path) throws Exception {
		HttpResponse<String> response = fetch(path);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(response.body()).doesNotContain("_csrf").doesNotContain("XSRF");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/articles/amitriptyline", "/articles/pregabalin" })
	void articleFormsCarryNoPerVisitorValue(String path) throws Exception {
		// the comment, rating, report and feedback forms are the same for every reader
		assertThat(fetch(path).body()).contains("id=\"comment-form\"",
				"name=\"started\" id=\"comment-started\" value=\"\"");
	}

	@org.junit.jupiter.api.Test
	void theStaffSignInPageStillHasItsToken() throws Exception {
		assertThat(fetch("/login").body()).contains("name=\"_csrf\"");
	}

	private HttpResponse<String> fetch(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isLessThan(500);
		return response;
	}

	private List<String> cookiesSetBy(String path) throws Exception {
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(response.statusCode()).isLessThan(500);
		return response.headers().allValues("Set-Cookie");
	}

}
