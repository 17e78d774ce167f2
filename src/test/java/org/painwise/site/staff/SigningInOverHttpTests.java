package org.painwise.site.staff;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.painwise.site.ServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in as a browser does it, over real HTTP with the real cookie-based CSRF tokens:
 * readers and failed attempts get no session, a successful sign-in gets one, and refusals
 * show the site's own 403 page.
 */
@ServerTest
class SigningInOverHttpTests {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aBrowserSignsInWithCookieTokensAndOnlyThenGetsASession() throws Exception {
		HttpResponse<String> loginPage = get("/login", null);
		assertThat(loginPage.statusCode()).isEqualTo(200);
		assertThat(cookieNames(loginPage)).doesNotContain("SESSION", "JSESSIONID");
		String csrfCookie = cookie(loginPage, "XSRF-TOKEN");
		String csrfField = csrfField(loginPage.body());

		HttpResponse<String> wrong = post("/login", "XSRF-TOKEN=" + csrfCookie, Map.of("username",
				DemoStaffAccounts.MODERATOR.email(), "password", "not-the-right-password", "_csrf", csrfField));
		assertThat(wrong.statusCode()).isEqualTo(302);
		assertThat(wrong.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		assertThat(cookieNames(wrong)).doesNotContain("SESSION", "JSESSIONID");

		HttpResponse<String> anonymousStaffPage = get("/staff/accounts", null);
		assertThat(anonymousStaffPage.statusCode()).isEqualTo(302);
		assertThat(anonymousStaffPage.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		assertThat(cookieNames(anonymousStaffPage)).doesNotContain("SESSION", "JSESSIONID");

		HttpResponse<String> right = post("/login", "XSRF-TOKEN=" + csrfCookie,
				Map.of("username", DemoStaffAccounts.MODERATOR.email(), "password",
						DemoStaffAccounts.MODERATOR.password(), "_csrf", csrfField));
		assertThat(right.statusCode()).isEqualTo(302);
		assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff"));
		String sessionCookie = right.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(sessionCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
		String session = sessionCookie.substring(0, sessionCookie.indexOf(';'));

		HttpResponse<String> dashboard = get("/staff", session);
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.body()).contains("Signed in as James");

		// a moderator may not manage accounts: the site's own 403 page, in the site's
		// layout
		HttpResponse<String> accounts = get("/staff/accounts", session);
		assertThat(accounts.statusCode()).isEqualTo(403);
		assertThat(accounts.body()).contains("You can’t do that here", "Skip to main content", "0306 999 0123",
				"/css/site-");
	}

	@Test
	void aFormSentWithoutItsTokenGetsTheSites403Page() throws Exception {
		HttpResponse<String> refused = post("/login", null,
				Map.of("username", DemoStaffAccounts.MODERATOR.email(), "password", "whatever-it-is-here"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("You can’t do that here", "the form you sent had expired");
		assertThat(cookieNames(refused)).doesNotContain("SESSION", "JSESSIONID");
	}

	private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String cookie, Map<String, String> form)
			throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static List<String> cookieNames(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf('='))).toList();
	}

	private static String cookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith(name + "="))
			.map(c -> c.substring(name.length() + 1, c.contains(";") ? c.indexOf(';') : c.length()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + name + " cookie"));
	}

	private static String csrfField(String html) {
		Matcher field = CSRF_FIELD.matcher(html);
		assertThat(field.find()).as("the sign-in form carries a CSRF field").isTrue();
		return field.group(1);
	}

}
