package org.painwise.site.editorial;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.painwise.site.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through a real server, where the container's own upload limits apply: an image over the
 * editorial limit reaches the editor, which says it is too large and keeps what was
 * typed.
 */
@ServerTest
class UploadSizeOverHttpTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void anImageOverTheLimitGetsTheEditorBackWithAMessageAndTheTextKept() throws Exception {
		String login = get("/login").body();
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", EditorialFixtures.EDITOR, "password",
					EditorialFixtures.EDITOR_PASSWORD, "_csrf", csrfIn(login)))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff"));

		String editor = get("/staff/articles/new").body();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", csrfIn(editor));
		fields.put("version", "0");
		fields.put("title", "Too big a picture");
		fields.put("slug", "");
		fields.put("standfirst", "Standfirst.");
		fields.put("body", "Words I typed before the upload.");
		fields.put("imageAlt", "A very large photograph");
		fields.put("action", "upload");
		byte[] image = new byte[1_500_000];
		System.arraycopy(UploadingImagesTests.png(1, 1), 0, image, 0, 8);

		String boundary = "----editorial-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"imageFile\"; filename=\"big.png\"\r\n"
						+ "Content-Type: image/png\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(image);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

		long imagesBefore = jdbc.sql("select count(*) from image").query(Long.class).single();
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/staff/articles"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("The image is too large.", "Words I typed before the upload.</textarea>");
		assertThat(jdbc.sql("select count(*) from image").query(Long.class).single()).isEqualTo(imagesBefore);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String csrfIn(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF field in the page").isTrue();
		return matcher.group(1);
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
