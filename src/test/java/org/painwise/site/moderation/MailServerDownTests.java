package org.painwise.site.moderation;

import java.time.Clock;
import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.TestCsrf;
import org.painwise.site.comments.EmailConfirmations;
import org.painwise.site.comments.TestConfirmations;
import org.painwise.site.SiteTest;
import org.painwise.site.shared.SiteSecrets;
import org.painwise.site.staff.StaffLogins;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An email whose mail server is down when the change happens is not lost: the change is
 * saved and answered as usual, and the email is sent, once, when the server is back.
 * Retries are every second here (a minute in production).
 */
@SiteTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3027", "mail.retry.every=PT1S",
		"mail.retry.first-pause=PT1S" })
class MailServerDownTests {

	private static final ServerSetup SMTP = new ServerSetup(3027, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmailConfirmations confirmations;

	@Autowired
	SiteSecrets secrets;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	private GreenMail mail;

	private QueueFixtures fixtures;

	private StaffLogins staff;

	@BeforeEach
	void setUp() {
		fixtures = new QueueFixtures(jdbc, secrets, clock);
		staff = new StaffLogins(context);
	}

	@AfterEach
	void stopMail() {
		if (mail != null) {
			mail.stop();
		}
	}

	@Test
	void aPublishSucceedsWhileTheMailServerIsDownAndTheEmailArrivesOnceWhenItIsBack() throws Exception {
		TestConfirmations.confirmed(jdbc, confirmations, "dai.down@example.com");
		mvc.perform(fixtures
			.post("pregabalin", "Dai Morgan", "dai.down@example.com", "Taking it with food helped my stomach.")
			.param("notifyMe", "yes")).andExpect(status().is3xxRedirection());
		long comment = fixtures.latestBy("dai.down@example.com");

		// no mail server answers
		mvc.perform(post("/staff/moderation/{id}/publish", comment).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("expected", "HELD")).andExpect(status().is3xxRedirection());
		assertThat(fixtures.status(comment)).isEqualTo("PUBLISHED");
		// the email waits in the registry, marked failed after its first try
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from event_publication where status = 'FAILED'")
				.query(Long.class)
				.single() >= 1);

		mail = new GreenMail(SMTP);
		mail.start();

		assertThat(mail.waitForIncomingEmail(20_000, 1)).as("the email arrives once the server is back").isTrue();
		MimeMessage email = mail.getReceivedMessages()[0];
		assertThat(email.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("dai.down@example.com");
		assertThat(email.getSubject()).contains("is published");
		// and only once, however many retries run
		assertThat(mail.waitForIncomingEmail(3_000, 2)).as("no second copy").isFalse();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from event_publication").query(Long.class).single() == 0);
	}

}
