package org.painwise.site.privacy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.painwise.site.SiteTest;
import org.painwise.site.TestCsrf;
import org.painwise.site.shared.SiteSecrets;
import org.painwise.site.shared.TestVisitors;
import org.painwise.site.staff.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.painwise.site.TestOrigin.sameOrigin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reader's own data, end to end over SMTP: asking answers the same for any address, a
 * known one gets a link, the link shows and downloads everything, and erasing removes the
 * comments (keeping a thread's shape), the votes (recounting the ratings), the reports,
 * and records that it happened without the data. Admins can do the same for a request by
 * phone or post.
 */
@SiteTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3026" })
class YourDataTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.port(3026));

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/your-data/[A-Za-z0-9_-]{43})");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SiteSecrets secrets;

	@Autowired
	ApplicationContext context;

	long article;

	@BeforeEach
	void article() {
		article = jdbc.sql("select id from article where slug = 'duloxetine'").query(Long.class).single();
	}

	@Test
	void aReaderSeesDownloadsAndErasesTheirDataByAnEmailedLink() throws Exception {
		String email = "rhiannon.data@example.com";
		String visitorKey = "d47a0000000000000000000000000001";
		Cookie browser = TestVisitors.cookie(secrets, visitorKey);
		long answered = comment(null, "PUBLISHED", "Rhiannon", email, "My words with a reply under them.");
		long reply = comment(answered, "PUBLISHED", "Owain", "owain@example.com", "A reply to those words.");
		long alone = comment(null, "PUBLISHED", "Rhiannon", email, "My words nobody answered.");
		long held = comment(null, "HELD", "Rhiannon", email, "My words still waiting.");
		// someone else's vote on her lone comment, her own vote on the article, her
		// report of someone's comment
		mvc.perform(
				post("/comments/{id}/rating", alone).with(sameOrigin()).with(from("203.0.113.41")).param("value", "5"));
		long before = articleVotes();
		mvc.perform(post("/articles/duloxetine/rating").with(sameOrigin())
			.with(from("203.0.113.42"))
			.cookie(browser)
			.param("value", "1"));
		assertThat(articleVotes()).isEqualTo(before + 1);
		mvc.perform(post("/comments/{id}/report", reply).with(sameOrigin())
			.with(from("203.0.113.43"))
			.cookie(browser)
			.param("reason", "Testing reports"));

		// asking answers the same for an unknown address, which gets no email
		String unknownAnswer = mvc
			.perform(post("/your-data").with(sameOrigin())
				.with(from("203.0.113.44"))
				.param("email", "nobody.here@example.com"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String knownAnswer = mvc
			.perform(post("/your-data").with(sameOrigin())
				.with(from("203.0.113.44"))
				.param("email", "Rhiannon.Data@example.com"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(knownAnswer).isEqualTo(unknownAnswer).contains("Check your email");
		assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
		// another test's late email may land in this mail server too: what matters is who
		// got which
		mail.waitForIncomingEmail(1000, 2);
		assertThat(to("nobody.here@example.com")).as("nothing to the unknown address").isEmpty();
		assertThat(to("Rhiannon.Data@example.com")).hasSize(1);
		MimeMessage sent = to("Rhiannon.Data@example.com").get(0);
		String link = link(sent.getContent().toString());

		// everything, from this browser
		String page = mvc.perform(get(URI.create(link)).cookie(browser))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("My words with a reply under them.", "My words nobody answered.",
				"My words still waiting.", "Ratings from this browser", "Comments you reported from this browser",
				"Testing reports");
		mvc.perform(get(URI.create(link + "/data.json")).cookie(browser))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string(containsString("\"text\":\"My words still waiting.\"")))
			.andExpect(content().string(containsString("\"votes\":[{")));
		mvc.perform(get(URI.create(link + "/data.csv")).cookie(browser))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(containsString("\"My words nobody answered.\"")));

		// erasing needs the box ticked
		mvc.perform(post(URI.create(link + "/erase")).with(sameOrigin()).cookie(browser))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Tick the box")));
		mvc.perform(post(URI.create(link + "/erase")).with(sameOrigin()).cookie(browser).param("sure", "yes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your data is erased")));

		// the thread keeps its shape; nothing of her is left
		String article = mvc.perform(get("/articles/duloxetine")).andReturn().getResponse().getContentAsString();
		assertThat(article).contains("This comment was removed at its writer&#39;s request.", "A reply to those words.")
			.doesNotContain("My words", "Rhiannon");
		assertThat(jdbc.sql("select count(*) from comment where lower(author_email) = ? or body like 'My words%'")
			.param(email)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select id from comment where id in (?, ?, ?)")
			.params(answered, alone, held)
			.query(Long.class)
			.list()).containsExactly(answered);
		// her vote is gone and the article's rating recounted; the lone comment's votes
		// went with it
		assertThat(articleVotes()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from vote where voter_key = ? or (item_type = 'COMMENT' and item_id = ?)")
			.params(visitorKey, alone)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from comment_report where reporter_key = ?")
			.param(visitorKey)
			.query(Long.class)
			.single()).isZero();
		// the audit log says it happened, and nothing that leads to her
		String audit = jdbc
			.sql("""
					select concat_ws('|', actor_name, action, subject_id, before_value, after_value, detail) from audit_entry
					where action = 'erased a reader''s data' order by id desc limit 1""")
			.query(String.class)
			.single();
		assertThat(audit)
			.contains("A reader, by their emailed link", "2 comments deleted", "1 comments removed from their threads")
			.doesNotContainIgnoringCase("rhiannon")
			.doesNotContain("My words");
		// and the link works no more
		mvc.perform(get(URI.create(link)).cookie(browser)).andExpect(status().isNotFound());
	}

	@Test
	void badAddressesAndTooManyRequestsKeepWhatWasTyped() throws Exception {
		mvc.perform(post("/your-data").with(sameOrigin()).with(from("203.0.113.50")).param("email", "not-an-address"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter an email address in the right form")))
			.andExpect(content().string(containsString("value=\"not-an-address\"")));
		for (int i = 0; i < DataRequests.PER_ADDRESS_PER_HOUR; i++) {
			mvc.perform(post("/your-data").with(sameOrigin())
				.with(from("203.0.113.51"))
				.param("email", "busy" + i + "@example.com")).andExpect(status().isOk());
		}
		mvc.perform(post("/your-data").with(sameOrigin()).with(from("203.0.113.51")).param("email", "busy@example.com"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("value=\"busy@example.com\"")));
		mvc.perform(get("/your-data/not-a-real-link-at-all-aaaaaaaaaaaaaaaaaaaaaaaa")).andExpect(status().isNotFound());
	}

	@Test
	void anAdminActsOnARequestByPhoneAndTheAuditLogNamesThem() throws Exception {
		StaffLogins staff = new StaffLogins(context);
		String email = "by.phone@example.com";
		comment(null, "PUBLISHED", "Phone Reader", email, "Words asked about by phone.");

		mvc.perform(get("/staff/data-requests").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/staff/data-requests").with(staff.as(StaffLogins.ADMIN))
			.with(TestCsrf.csrf())
			.param("email", email))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Words asked about by phone.")));
		mvc.perform(post("/staff/data-requests/data.csv").with(staff.as(StaffLogins.ADMIN))
			.with(TestCsrf.csrf())
			.param("email", email)).andExpect(content().string(containsString("\"Words asked about by phone.\"")));
		mvc.perform(post("/staff/data-requests/erase").with(staff.as(StaffLogins.ADMIN))
			.with(TestCsrf.csrf())
			.param("email", email)
			.param("sure", "yes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 comments deleted")));
		assertThat(
				jdbc.sql("select count(*) from comment where author_email = ?").param(email).query(Long.class).single())
			.isZero();
		List<Long> actors = jdbc.sql(
				"select actor_account_id from audit_entry where action = 'erased a reader''s data' and detail like '%1 comments deleted%'")
			.query(Long.class)
			.list();
		assertThat(actors).contains(staff.idOf(StaffLogins.ADMIN));
		mvc.perform(post("/staff/data-requests").with(staff.as(StaffLogins.ADMIN))
			.with(TestCsrf.csrf())
			.param("email", email))
			.andExpect(content().string(containsString("We hold nothing")))
			.andExpect(content().string(not(containsString("Words asked about by phone."))));
	}

	private static List<MimeMessage> to(String address) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : mail.getReceivedMessages()) {
			if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
				found.add(message);
			}
		}
		return found;
	}

	private long comment(Long parent, String status, String name, String email, String body) {
		long id = jdbc.sql("""
				insert into comment (article_id, parent_id, status, author_name, author_email, body, created_at, depth)
				values (?, ?, ?, ?, ?, ?, now() - interval '1 day', ?) returning id""")
			.params(article, parent, status, name, email, body, parent == null ? 0 : 1)
			.query(Long.class)
			.single();
		jdbc.sql("update comment set root_id = coalesce(?, id) where id = ?").params(parent, id).update();
		return id;
	}

	private long articleVotes() {
		return jdbc
			.sql("select coalesce(max(vote_count), 0) from rating_summary where item_type = 'ARTICLE' and item_id = ?")
			.param(article)
			.query(Long.class)
			.single();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String link(String text) {
		Matcher matcher = LINK.matcher(text);
		assertThat(matcher.find()).as("a link in:\n" + text).isTrue();
		return matcher.group(1);
	}

}
