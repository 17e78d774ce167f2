package org.painwise.site.production;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.painwise.site.comments.EmailConfirmations;
import org.painwise.site.comments.TestConfirmations;
import org.painwise.site.PainwiseApplication;
import org.painwise.site.TestDatabase;
import org.painwise.site.shared.PageCacheListening;
import org.painwise.site.staff.StaffLogins;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the site against one database, over real HTTP, as behind a load
 * balancer: a moderator signs in on one and works on the other, a disabled account is
 * signed out of both, a comment published on one shows on the other's cached article
 * page, an hourly limit reached on one holds on the other, and a reply email is sent
 * exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "page-cache.enabled=true", "spring.mail.host=127.0.0.1", "spring.mail.port=3028",
				"server.tomcat.remoteip.internal-proxies=127\\\\.0\\\\.0\\\\.1|0:0:0:0:0:0:0:1" })
@Import(TestDatabase.class)
@ActiveProfiles("dev")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3028, "127.0.0.1", "smtp"));

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int portA;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext contextA;

	private ConfigurableApplicationContext instanceB;

	private int portB;

	@BeforeAll
	void startTheSecondInstance() {
		HikariDataSource database = (HikariDataSource) dataSource;
		// as arguments, which outrank application.properties (the builder's own
		// properties do not)
		instanceB = new SpringApplicationBuilder(PainwiseApplication.class).profiles("dev")
			.run("--server.port=0", "--spring.datasource.url=" + database.getJdbcUrl(),
					"--spring.datasource.username=" + database.getUsername(), "--spring.flyway.enabled=false",
					"--page-cache.enabled=true", "--spring.mail.host=127.0.0.1", "--spring.mail.port=3028",
					"--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1");
		portB = ((WebServerApplicationContext) instanceB).getWebServer().getPort();
		PageCacheListening.awaitOn(instanceB);
		PageCacheListening.awaitOn(contextA);
	}

	@AfterAll
	void stopTheSecondInstance() {
		if (instanceB != null) {
			instanceB.close();
		}
	}

	@Test
	void aModeratorSignedInOnOneInstanceWorksOnTheOtherAndIsSignedOutOfBothWhenDisabled() throws Exception {
		StaffLogins staff = new StaffLogins(contextA);
		StaffLogins.Credentials moderator = staff.createWithPassword("Morgan Across");
		Browser browser = new Browser("198.51.100.10");
		browser.signIn(portA, moderator);

		HttpResponse<String> dashboardOnB = browser.get(portB, "/staff");
		assertThat(dashboardOnB.statusCode()).isEqualTo(200);
		assertThat(dashboardOnB.body()).contains("Morgan Across");

		// a reader's reply to a comment whose writer wants emails (from a confirmed
		// address), held until a moderator publishes it
		TestConfirmations.confirmed(jdbc, contextA.getBean(EmailConfirmations.class), "nia.parent@example.com");
		Browser parentWriter = new Browser("198.51.100.11");
		String parentWords = "Parent on two instances " + System.nanoTime();
		assertThat(parentWriter
			.comment(portA, "duloxetine", "Nia Parent", "nia.parent@example.com", parentWords,
					Map.of("notifyMe", "yes"))
			.statusCode()).isEqualTo(302);
		long parent = commentWith(parentWords);
		browser.publish(portB, parent);
		Browser replier = new Browser("198.51.100.12");
		String replyWords = "Reply on two instances " + System.nanoTime();
		assertThat(replier
			.comment(portB, "duloxetine", "Rhys Reply", "rhys.reply@example.com", replyWords,
					Map.of("parentId", Long.toString(parent)))
			.statusCode()).isEqualTo(302);
		long reply = commentWith(replyWords);

		// instance A has the article page in its cache, without the reply
		Browser reader = new Browser("198.51.100.13");
		assertThat(reader.get(portA, "/articles/duloxetine").body()).doesNotContain(replyWords);
		assertThat(reader.get(portA, "/articles/duloxetine").headers().firstValue("ETag")).isPresent();

		// the moderator publishes on B
		browser.publish(portB, reply);

		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(reader.get(portA, "/articles/duloxetine").body())
				.as("A's cached page was dropped when B published")
				.contains(replyWords));
		// Nia hears about the reply once, from whichever instance sent it
		await().atMost(Duration.ofSeconds(15)).until(() -> repliesTo("nia.parent@example.com") >= 1);
		assertThat(mail.waitForIncomingEmail(3000, mail.getReceivedMessages().length + 1)).isFalse();
		assertThat(repliesTo("nia.parent@example.com")).isEqualTo(1);

		staff.disable(contextA, moderator.id());

		assertThat(browser.get(portA, "/staff").statusCode()).isEqualTo(302);
		assertThat(browser.get(portB, "/staff").statusCode()).isEqualTo(302);
	}

	@Test
	void anHourlyLimitReachedOnOneInstanceHoldsOnTheOther() throws Exception {
		Browser busy = new Browser("198.51.100.20");
		for (int i = 0; i < 5; i++) {
			assertThat(busy
				.comment(portA, "pregabalin", "Busy", "busy@example.com",
						"Comment number " + i + " " + System.nanoTime(), Map.of())
				.statusCode()).isEqualTo(302);
		}
		HttpResponse<String> refused = busy.comment(portB, "pregabalin", "Busy", "busy@example.com",
				"One too many, on the other instance", Map.of());
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.body()).contains("One too many, on the other instance");
		// someone else, on the same instance, is not affected
		assertThat(new Browser("198.51.100.21")
			.comment(portB, "pregabalin", "Other", "other@example.com", "A different reader " + System.nanoTime(),
					Map.of())
			.statusCode()).isEqualTo(302);
	}

	@Test
	void aWriterBlockedOnOneInstanceIsRefusedOnTheOtherUntilUnblocked() throws Exception {
		StaffLogins staff = new StaffLogins(contextA);
		Browser moderator = new Browser("198.51.100.30");
		moderator.signIn(portA, staff.createWithPassword("Bryn Block"));
		Browser abuser = new Browser("198.51.100.31");
		String first = "Abusive words " + System.nanoTime();
		assertThat(abuser.comment(portA, "pregabalin", "Troll", "troll@example.com", first, Map.of()).statusCode())
			.isEqualTo(302);
		long comment = commentWith(first);

		String token = Browser.csrf(moderator.get(portA, "/staff/moderation/" + comment + "/block").body());
		assertThat(moderator
			.post(portA, "/staff/moderation/" + comment + "/block",
					Map.of("_csrf", token, "reason", "Abuse of other readers", "addressDays", "30", "rejectHeld",
							"true"))
			.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select status from comment where id = ?").param(comment).query(String.class).single())
			.as("their held comment was rejected with the block")
			.isEqualTo("REJECTED");

		String again = "Back under the same address " + System.nanoTime();
		HttpResponse<String> refused = abuser.comment(portB, "pregabalin", "Troll", "TROLL@example.com", again,
				Map.of());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains(again, "stopped comments from this email address");
		assertThat(jdbc.sql("select count(*) from comment where body = ?").param(again).query(Long.class).single())
			.as("nothing saved")
			.isZero();

		String list = moderator.get(portB, "/staff/moderation/blocked").body();
		assertThat(list).contains("Troll (t•••@example.com)", "Abuse of other readers", "Bryn Block");
		long block = jdbc.sql("select id from commenter_block where shown_as = 'Troll (t•••@example.com)'")
			.query(Long.class)
			.single();
		assertThat(moderator
			.post(portB, "/staff/moderation/blocked/" + block + "/unblock", Map.of("_csrf", Browser.csrf(list)))
			.statusCode()).isEqualTo(302);

		assertThat(abuser
			.comment(portA, "pregabalin", "Troll", "troll@example.com", "Allowed again " + System.nanoTime(), Map.of())
			.statusCode()).isEqualTo(302);
	}

	private long commentWith(String body) {
		return jdbc.sql("select id from comment where body = :body").param("body", body).query(Long.class).single();
	}

	private long repliesTo(String address) throws Exception {
		return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)
						&& message.getSubject().contains("replied to your comment");
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).count();
	}

	/**
	 * One person's browser: cookies kept across both instances (a cookie is for a host,
	 * whatever the port), and an address of their own, given to the site as a trusted
	 * proxy would.
	 */
	static final class Browser {

		private final HttpClient http;

		private final String address;

		Browser(String address) {
			this.address = address;
			this.http = HttpClient.newBuilder()
				.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
		}

		HttpResponse<String> get(int port, String path) throws Exception {
			return http.send(request(port, path).GET().build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(int port, String path, Map<String, String> form) throws Exception {
			String body = form.entrySet()
				.stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return http.send(request(port, path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		void signIn(int port, StaffLogins.Credentials who) throws Exception {
			String token = csrf(get(port, "/login").body());
			HttpResponse<String> signedIn = post(port, "/login",
					Map.of("username", who.email(), "password", who.password(), "_csrf", token));
			assertThat(signedIn.headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("/staff"));
		}

		void publish(int port, long comment) throws Exception {
			String token = csrf(get(port, "/staff/moderation").body());
			HttpResponse<String> published = post(port, "/staff/moderation/" + comment + "/publish",
					Map.of("_csrf", token, "expected", "HELD"));
			assertThat(published.statusCode()).isEqualTo(302);
		}

		HttpResponse<String> comment(int port, String slug, String name, String email, String body,
				Map<String, String> more) throws Exception {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("name", name);
			form.put("email", email);
			form.put("body", body);
			form.put("consent", "yes");
			form.put("website", "");
			form.putAll(more);
			return post(port, "/articles/" + slug + "/comments", form);
		}

		private HttpRequest.Builder request(int port, String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "text/html")
				.header("X-Forwarded-For", address);
		}

		static String csrf(String html) {
			Matcher field = CSRF_FIELD.matcher(html);
			assertThat(field.find()).as("the form carries a CSRF field").isTrue();
			return field.group(1);
		}

	}

}
