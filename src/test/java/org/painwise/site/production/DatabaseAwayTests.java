package org.painwise.site.production;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.PainwiseApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stopped under a running site, and started again: readers get a 503 page with
 * {@code Retry-After} (never a 500), a comment form comes back with its text, and once
 * the database is back everything works and nothing accepted before is lost. The site
 * runs on a PostgreSQL of its own here, so stopping it disturbs no other test.
 */
class DatabaseAwayTests {

	private EmbeddedPostgres postgres;

	private ConfigurableApplicationContext site;

	@AfterEach
	void stop() throws Exception {
		if (site != null) {
			site.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void readersGetA503WhileTheDatabaseIsAwayAndNothingIsLost() throws Exception {
		Path data = Files.createTempDirectory("painwise-away");
		int dbPort = freePort();
		postgres = start(data, dbPort);
		site = new SpringApplicationBuilder(PainwiseApplication.class).profiles("dev")
			.properties("server.port=0", "spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"spring.datasource.username=postgres", "page-cache.enabled=false",
					"spring.datasource.hikari.connection-timeout=1000")
			.run();
		int port = ((WebServerApplicationContext) site).getWebServer().getPort();
		assertThat(get(port, "/articles/amitriptyline").statusCode()).isEqualTo(200);
		String before = "Written before the database went away " + System.nanoTime();
		assertThat(comment(port, "amitriptyline", before).statusCode()).isEqualTo(302);

		postgres.close();

		HttpResponse<String> page = get(port, "/articles/amitriptyline");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(page.body()).contains("nothing you sent was saved", "<nav", "Painwise");
		String words = "My words must not be lost & <kept> " + System.nanoTime();
		HttpResponse<String> refused = comment(port, "amitriptyline", words);
		assertThat(refused.statusCode()).isEqualTo(503);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("My words must not be lost &amp; &lt;kept&gt;");
		// a staff session is looked up in the database by the filters, before any
		// controller
		HttpResponse<String> staff = get(port, "/staff", "SESSION=ZmFrZS1zZXNzaW9u");
		assertThat(staff.statusCode()).isEqualTo(503);
		assertThat(staff.headers().firstValue("Retry-After")).isPresent();

		postgres = start(data, dbPort);

		assertThat(get(port, "/articles/amitriptyline").statusCode()).isEqualTo(200);
		assertThat(comment(port, "amitriptyline", words).statusCode()).isEqualTo(302);
		JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
		assertThat(jdbc.sql("select count(*) from comment where body in (:bodies)")
			.param("bodies", java.util.List.of(before, words))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	private static EmbeddedPostgres start(Path data, int port) throws Exception {
		return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static HttpResponse<String> get(int port, String path, String... cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html");
		if (cookie.length > 0) {
			request.header("Cookie", cookie[0]);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> comment(int port, String slug, String body) throws Exception {
		String form = "name=Sam&email=sam%40example.com&consent=yes&website=&body="
				+ URLEncoder.encode(body, StandardCharsets.UTF_8);
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/articles/" + slug + "/comments"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
