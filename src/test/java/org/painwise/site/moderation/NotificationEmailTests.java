package org.painwise.site.moderation;

import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.painwise.site.SiteTest;
import org.painwise.site.TestCsrf;
import org.painwise.site.comments.EmailConfirmations;
import org.painwise.site.comments.TestConfirmations;
import org.painwise.site.shared.SiteSecrets;
import org.painwise.site.staff.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The emails around comments, sent over SMTP to a real (in-process) mail server: to
 * commenters who asked, when their comment is published and when someone replies, each
 * with a link to the comment and a one-click unsubscribe link; and crisis alerts to
 * moderators who asked for them.
 */
@SiteTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
class NotificationEmailTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final Pattern CONFIRM = Pattern
		.compile("http://localhost:8080(/comments/confirm-email\\?a=[0-9a-f]{64}&u=[0-9]+&t=[A-Za-z0-9_-]+)");

	private static final Pattern UNSUBSCRIBE = Pattern
		.compile("http://localhost:8080(/comments/unsubscribe\\?c=[0-9]+&t=[A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SiteSecrets secrets;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	EmailConfirmations confirmations;

	QueueFixtures fixtures;

	StaffLogins staff;

	@BeforeEach
	void setUp() {
		fixtures = new QueueFixtures(jdbc, secrets, clock);
		staff = new StaffLogins(context);
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aWholeNotificationFlowWritesNoAddressTextOrSignedLinkToTheLog(CapturedOutput log) throws Exception {
		String words = "My private words about my dose " + System.nanoTime();
		mvc.perform(fixtures.post("pregabalin", "Olwen Log", "olwen.log@example.com", words).param("notifyMe", "yes"));
		long comment = fixtures.latestBy("olwen.log@example.com");
		String confirm = confirmFromEmail(1);
		publish(comment);
		mvc.perform(fixtures.post("pregabalin", "Ifan Log", "ifan.log@example.com", "A reply " + words)
			.param("parentId", Long.toString(comment)));
		publish(fixtures.latestBy("ifan.log@example.com"));
		assertThat(mail.waitForIncomingEmail(5000, 3)).isTrue();
		String unsubscribe = unsubscribePath(text(mail.getReceivedMessages()[1]));

		// everything logged meanwhile but the test's own mail server, which logs the
		// addresses it receives for
		String siteLog = log.getAll()
			.lines()
			.filter(line -> !line.contains("c.icegreen.greenmail"))
			.collect(Collectors.joining("\n"));
		assertThat(siteLog).doesNotContain("olwen.log@example.com")
			.doesNotContain("ifan.log@example.com")
			.doesNotContain(words)
			.doesNotContain(unsubscribe.substring(unsubscribe.indexOf("&t=") + 3))
			.doesNotContain(confirm.substring(confirm.indexOf("&t=") + 3));
	}

	@Test
	void anAddressGetsOneEmailAskingToConfirmItAndNothingElseUntilItIsConfirmed() throws Exception {
		String address = "Gwen.Confirm@example.com";
		mvc.perform(fixtures.post("pregabalin", "Gwen", address, "First comment, asking for emails.")
			.param("notifyMe", "yes"));
		long first = fixtures.latestBy(address);
		MimeMessage asking = nth(1, address);
		assertThat(asking.getSubject()).isEqualTo("Please confirm your email address for Painwise");
		String link = confirmPath(text(asking));
		assertThat(text(asking)).startsWith("Hello Gwen,").contains("“Pregabalin for nerve pain”");
		assertThat(asking.getHeader("List-Unsubscribe")).isNull();

		// published, answered, and a second comment asking again: nothing more goes to an
		// unconfirmed address
		publish(first);
		mvc.perform(fixtures.post("pregabalin", "Huw", "huw.confirm@example.com", "Replying to Gwen.")
			.param("parentId", Long.toString(first)));
		publish(fixtures.latestBy("huw.confirm@example.com"));
		mvc.perform(fixtures.post("pregabalin", "Gwen", address.toLowerCase(), "Second comment, asking again.")
			.param("notifyMe", "yes"));
		long second = fixtures.latestBy(address.toLowerCase());
		publish(second);
		assertThat(mail.waitForIncomingEmail(1500, 2)).as("one email until the address is confirmed").isFalse();

		// opening the link (as a mail scanner does) only asks; a forged or changed link
		// is refused
		mvc.perform(get(URI.create(link)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Confirm your email address"),
					containsString("Yes, email me about my comments"))));
		assertThat(confirmations.isConfirmed(address)).isFalse();
		String forged = link.replaceAll("&t=[^&]+", "&t=forged");
		String extended = link.replaceAll("&u=[0-9]+", "&u=99999999999");
		String mangled = link.replaceAll("&u=([0-9]+)", "&u=$1%3D");
		for (String bad : new String[] { forged, extended, mangled }) {
			mvc.perform(post(URI.create(bad)))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("This confirmation link is not valid or has expired")));
		}
		assertThat(confirmations.isConfirmed(address)).isFalse();

		// the button confirms the address, whatever its capitals; from then on the emails
		// come
		mvc.perform(post(URI.create(link)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your email address is confirmed")));
		assertThat(confirmations.isConfirmed("gwen.confirm@EXAMPLE.com")).isTrue();
		mvc.perform(fixtures.post("pregabalin", "Huw", "huw.confirm@example.com", "Replying again, Gwen.")
			.param("parentId", Long.toString(second)));
		publish(fixtures.latestBy("huw.confirm@example.com"));
		MimeMessage replied = nth(2, address.toLowerCase());
		assertThat(replied.getSubject()).isEqualTo("Huw replied to your comment on “Pregabalin for nerve pain”");
		// and no second confirmation email, however many comments ask
		mvc.perform(fixtures.post("pregabalin", "Gwen", address, "Third comment.").param("notifyMe", "yes"));
		assertThat(mail.waitForIncomingEmail(1000, 3)).isFalse();
	}

	@Test
	void aCommenterHearsWhenPublishedAndWhenAnsweredUntilTheyUnsubscribe() throws Exception {
		confirmed("bryn.mail@example.com");
		mvc.perform(fixtures
			.post("pregabalin", "Bryn Ellis", "bryn.mail@example.com",
					"The tip about ordering repeats early saved me at Easter.")
			.param("notifyMe", "yes"));
		long comment = fixtures.latestBy("bryn.mail@example.com");
		assertThat(fixtures.status(comment)).isEqualTo("HELD");
		assertThat(mail.waitForIncomingEmail(500, 1)).as("no email while the comment is held").isFalse();

		publish(comment);
		MimeMessage published = nth(1, "bryn.mail@example.com");
		assertThat(published.getSubject()).isEqualTo("Your comment on “Pregabalin for nerve pain” is published");
		String text = text(published);
		assertThat(text).startsWith("Hello Bryn,")
			.contains("http://localhost:8080/comments/" + comment + "\n")
			.contains("Painwise");
		String unsubscribe = unsubscribePath(text);
		assertThat(unsubscribe).startsWith("/comments/unsubscribe?c=" + comment + "&t=");
		// mail programs can offer one-click unsubscribing (RFC 8058)
		assertThat(published.getHeader("List-Unsubscribe"))
			.containsExactly("<http://localhost:8080" + unsubscribe + ">");
		assertThat(published.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

		// the comment link in the email leads to the comment on the article page
		mvc.perform(get("/comments/{id}", comment)).andExpect(redirectedUrl("/articles/pregabalin#comment-" + comment));

		// another reader replies; once published, Bryn hears about it, the replier (who
		// did not ask) does not
		mvc.perform(fixtures.post("pregabalin", "Cerys", "cerys.mail@example.com", "Same here, Bryn!")
			.param("parentId", Long.toString(comment)));
		long reply = fixtures.latestBy("cerys.mail@example.com");
		publish(reply);
		MimeMessage replied = nth(2, "bryn.mail@example.com");
		assertThat(replied.getSubject()).isEqualTo("Cerys replied to your comment on “Pregabalin for nerve pain”");
		assertThat(text(replied)).contains("http://localhost:8080/comments/" + reply + "\n")
			.contains("http://localhost:8080" + unsubscribe);

		// a link a mail program cut or changed says so, as any link that is not valid
		mvc.perform(get(URI.create(unsubscribe.replaceFirst("\\?c=([0-9]+)", "?c=$1x"))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This unsubscribe link is not valid")));

		// opening the link (as a mail scanner does) only asks
		mvc.perform(get(URI.create(unsubscribe)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Stop emails about your comment?"),
					containsString("<button type=\"submit\">Stop the emails</button>"))));
		assertThat(
				jdbc.sql("select notify_author from comment where id = ?").param(comment).query(Boolean.class).single())
			.isTrue();
		// the mail program's one-click POST to the same address stops them
		mvc.perform(post(URI.create(unsubscribe)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You will get no more emails about this comment")));
		assertThat(
				jdbc.sql("select notify_author from comment where id = ?").param(comment).query(Boolean.class).single())
			.isFalse();

		mvc.perform(post("/staff/moderation/{id}/reply", comment).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("body", "Thank you for sharing, Bryn.")
			.param("expected", "PUBLISHED")).andExpect(status().is3xxRedirection());
		assertThat(mail.waitForIncomingEmail(500, 3)).as("no email after unsubscribing").isFalse();

		mvc.perform(get("/comments/unsubscribe").param("c", Long.toString(comment)).param("t", "forged"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/comments/unsubscribe").param("c", Long.toString(comment)).param("t", "forged"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aStaffReplyToAHeldCommentTellsItsWriterItIsPublishedAndAnswered() throws Exception {
		confirmed("delyth.mail@example.com");
		mvc.perform(fixtures
			.post("pregabalin", "Delyth", "delyth.mail@example.com", "Can I take pregabalin with ibuprofen?")
			.param("notifyMe", "yes"));
		long comment = fixtures.latestBy("delyth.mail@example.com");

		mvc.perform(post("/staff/moderation/{id}/reply", comment).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("body", "Hi Delyth, a pharmacist can check that for you today.")
			.param("expected", "HELD")).andExpect(status().is3xxRedirection());

		assertThat(mail.waitForIncomingEmail(5000, 2)).isTrue();
		List<MimeMessage> messages = Arrays.asList(mail.getReceivedMessages());
		assertThat(messages).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("Your comment on “Pregabalin for nerve pain” is published",
					"James, Painwise replied to your comment on “Pregabalin for nerve pain”");
		for (MimeMessage message : messages) {
			assertThat(message.getRecipients(Message.RecipientType.TO)[0].toString())
				.isEqualTo("delyth.mail@example.com");
			assertThat(message.getFrom()[0].toString()).contains("no-reply@painwise.example");
			assertThat(unsubscribePath(text(message))).startsWith("/comments/unsubscribe?c=" + comment + "&t=");
		}
	}

	@Test
	void aReplyToTheDeepestLevelIsMailedToTheWriterItAnswersNotToTheThreadAboveIt() throws Exception {
		confirmed("anwen.mail@example.com", "bleddyn.mail@example.com", "cadi.mail@example.com");
		long top = fixtures.comment("pregabalin", null, "PUBLISHED", "Anwen", "anwen.mail@example.com",
				"Top of the thread.", 600, "{}", true);
		long middle = fixtures.comment("pregabalin", top, "PUBLISHED", "Bleddyn", "bleddyn.mail@example.com",
				"Middle of the thread.", 500, "{}", true);
		long deepest = fixtures.comment("pregabalin", middle, "PUBLISHED", "Cadi", "cadi.mail@example.com",
				"Deepest level.", 400, "{}", true);
		jdbc.sql("update comment set depth = 2 where id = ?").param(deepest).update();

		mvc.perform(fixtures.post("pregabalin", "Dilys", "dilys.mail@example.com", "Answering Cadi here.")
			.param("parentId", Long.toString(deepest)));
		long reply = fixtures.latestBy("dilys.mail@example.com");
		assertThat(jdbc.sql("select parent_id from comment where id = ?").param(reply).query(Long.class).single())
			.as("a reply to the deepest level sits beside it")
			.isEqualTo(middle);
		publish(reply);

		MimeMessage mailed = nth(1, "cadi.mail@example.com");
		assertThat(mailed.getSubject()).isEqualTo("Dilys replied to your comment on “Pregabalin for nerve pain”");
		assertThat(mail.waitForIncomingEmail(500, 2)).as("nobody else is mailed").isFalse();
	}

	@Test
	void moderatorsWhoAskedAreAlertedToCrisisLanguageWithoutTheCommentInTheEmail() throws Exception {
		String alerted = staff.create("Alerted Moderator");
		staff.create("Quiet Moderator");
		mvc.perform(post("/staff/moderation/alerts").with(staff.as(alerted))
			.with(TestCsrf.csrf())
			.param("crisisAlerts", "on")).andExpect(redirectedUrl("/staff/moderation/alerts"));
		mvc.perform(get("/staff/moderation/alerts").with(staff.as(alerted)))
			.andExpect(content()
				.string(containsString("value=\"on\" aria-describedby=\"crisisAlerts-hint\" checked=\"checked\"")));

		mvc.perform(fixtures.post("sleeping-better-with-persistent-pain", "Emyr", "emyr.mail@example.com",
				"Some nights I feel I can't go on with this pain."));
		long comment = fixtures.latestBy("emyr.mail@example.com");
		assertThat(jdbc.sql("select 'CRISIS' = any(flags) from comment where id = ?")
			.param(comment)
			.query(Boolean.class)
			.single()).isTrue();

		assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage[] received = mail.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(alerted);
		assertThat(received[0].getSubject()).startsWith("Urgent: a comment with possible crisis language");
		assertThat(text(received[0])).contains("http://localhost:8080/staff/moderation#comment-" + comment)
			.doesNotContain("can't go on");
	}

	@Test
	void aRejectionEmailUsesTheChosenTemplateLinksTheGuidelinesAndGoesOnlyToAConfirmedSubscriber() throws Exception {
		long template = jdbc
			.sql("select id from standard_response where kind = 'REJECTION' and title = 'Advice about medicines'")
			.query(Long.class)
			.single();
		confirmed("rhian.reject@example.com", "nye.unsubscribed@example.com");
		long asked = fixtures.comment("pregabalin", null, "HELD", "Rhian Jones", "rhian.reject@example.com",
				"Just stop taking it, everyone.", 30, "{}", true);
		long unconfirmed = fixtures.comment("pregabalin", null, "HELD", "Cai", "cai.unconfirmed@example.com",
				"Stop it at once.", 30, "{}", true);
		long unsubscribed = fixtures.comment("pregabalin", null, "HELD", "Nye", "nye.unsubscribed@example.com",
				"Halve the dose.", 30, "{}", false);

		mvc.perform(reject(unconfirmed, template))
			.andExpect(flash().attribute("flash", containsString("No email was sent")));
		mvc.perform(reject(unsubscribed, template))
			.andExpect(flash().attribute("flash", containsString("No email was sent")));
		mvc.perform(reject(asked, template))
			.andExpect(flash().attribute("flash",
					"Rejected the comment by Rhian Jones. An email telling them why is on its way."));

		MimeMessage email = nth(1, "rhian.reject@example.com");
		assertThat(email.getSubject()).isEqualTo("About your comment on “Pregabalin for nerve pain”");
		assertThat(text(email)).contains(
				"Hi Rhian, thank you for your comment on \"Pregabalin for nerve pain\". We did not publish it",
				"http://localhost:8080/guidelines");
		unsubscribePath(text(email));
		assertThat(mail.waitForIncomingEmail(2000, 2)).as("no email to the others").isFalse();
		assertThat(fixtures.auditCount("comment.rejection-explained", asked)).isOne();
	}

	private MockHttpServletRequestBuilder reject(long comment, long template) {
		return post("/staff/moderation/{id}/reject", comment).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("expected", "HELD")
			.param("explain", Long.toString(template));
	}

	private void confirmed(String... addresses) {
		TestConfirmations.confirmed(jdbc, confirmations, addresses);
	}

	/**
	 * Confirms the address the n-th email (a confirmation email) went to, as its owner
	 * does; returns the link.
	 */
	private String confirmFromEmail(int n) throws Exception {
		assertThat(mail.waitForIncomingEmail(5000, n)).isTrue();
		String link = confirmPath(text(mail.getReceivedMessages()[n - 1]));
		mvc.perform(get(URI.create(link))).andExpect(status().isOk());
		mvc.perform(post(URI.create(link))).andExpect(status().isOk());
		return link;
	}

	private static String confirmPath(String text) {
		Matcher matcher = CONFIRM.matcher(text);
		assertThat(matcher.find()).as("a confirmation link in:\n" + text).isTrue();
		return matcher.group(1);
	}

	private void publish(long commentId) throws Exception {
		mvc.perform(post("/staff/moderation/{id}/publish", commentId).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("expected", "HELD")).andExpect(status().is3xxRedirection());
	}

	/** The n-th email this test received, which must also be the latest. */
	private MimeMessage nth(int n, String to) throws Exception {
		assertThat(mail.waitForIncomingEmail(5000, n)).isTrue();
		MimeMessage[] all = mail.getReceivedMessages();
		assertThat(all).hasSize(n);
		MimeMessage last = all[n - 1];
		assertThat(last.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(to);
		return last;
	}

	private static String text(MimeMessage message) throws Exception {
		return message.getContent().toString().replace("\r\n", "\n");
	}

	private static String unsubscribePath(String text) {
		Matcher matcher = UNSUBSCRIBE.matcher(text);
		assertThat(matcher.find()).as("an unsubscribe link in:\n" + text).isTrue();
		return matcher.group(1);
	}

}
