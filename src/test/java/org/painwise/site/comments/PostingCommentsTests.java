package org.painwise.site.comments;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.painwise.site.shared.TestVisitors;
import org.painwise.site.SiteTest;
import org.painwise.site.TestOrigin;
import org.painwise.site.shared.SiteSecrets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.painwise.site.TestOrigin.crossSite;
import static org.painwise.site.TestOrigin.crossSiteOriginOnly;
import static org.painwise.site.TestOrigin.sameOrigin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reader posting a comment, and everything that can go wrong with it. Each test runs in
 * a transaction that is rolled back, so nothing it posts stays.
 */
@SiteTest
@Transactional
class PostingCommentsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SiteSecrets secrets;

	@Autowired
	Clock clock;

	CommentFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new CommentFixtures(jdbc, secrets, clock);
	}

	@Test
	void consentIsRecordedWithTheWordingTheWriterAgreedTo() throws Exception {
		mvc.perform(fixtures.post("pregabalin", "Gwen", "gwen.consent@example.com", "Consent is on record."))
			.andExpect(status().isFound());

		Map<String, Object> stored = jdbc.sql("""
				select c.consent_given_at, c.created_at, w.consent_text, w.privacy_notice
				from comment c join consent_wording w on w.version = c.consent_version
				where c.author_email = 'gwen.consent@example.com'""").query().singleRow();
		assertThat(stored.get("consent_given_at")).isNotNull().isEqualTo(stored.get("created_at"));
		assertThat(stored.get("consent_text"))
			.isEqualTo("I understand that my comment will be public and may include information about my health.");
		assertThat((String) stored.get("privacy_notice")).contains("## Comments");
		// a second comment under the same wording shares its record
		mvc.perform(fixtures.post("pregabalin", "Gwen", "gwen.consent@example.com", "A second one."))
			.andExpect(status().isFound());
		assertThat(jdbc
			.sql("select count(distinct consent_version) from comment where author_email = 'gwen.consent@example.com'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aChangedWordingIsANewVersion() {
		assertThat(CommentConsent.versionOf("I agree.", "Notice"))
			.isEqualTo(CommentConsent.versionOf("I agree.", "Notice"))
			.isNotEqualTo(CommentConsent.versionOf("I agree!", "Notice"))
			.isNotEqualTo(CommentConsent.versionOf("I agree.", "Notice, changed"))
			.startsWith("sha256-");
	}

	@Test
	void aPostedCommentIsHeldAndTheVisitorSeesItInPlaceWithAThankYou() throws Exception {
		MvcResult posted = mvc.perform(fixtures.post("pregabalin", "Ffion", "ffion@example.com", "It helped me sleep."))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/articles/pregabalin*#comment-*"))
			.andExpect(flash().attribute("commentNotice", "comment.thanks"))
			.andReturn();
		CommentFixtures.Stored stored = fixtures.latest();
		assertThat(stored.status()).isEqualTo("HELD");
		assertThat(stored.body()).isEqualTo("It helped me sleep.");
		assertThat(stored.visitorKey()).isEqualTo(CommentFixtures.VISITOR);

		// the browser follows the redirect with the cookies it was given: the visitor key
		// and the message
		Cookie message = posted.getResponse().getCookie("pw_flash");
		assertThat(message).isNotNull();
		mvc.perform(get(posted.getResponse().getRedirectedUrl().replaceAll("#.*", ""))
			.cookie(TestVisitors.cookie(secrets, CommentFixtures.VISITOR), message))
			.andExpect(content().string(allOf(containsString("Thank you — your comment is awaiting moderation"),
					containsString("It helped me sleep."), containsString("Awaiting moderation."),
					containsString("id=\"comment-" + stored.id() + "\""))));
	}

	@Test
	void someoneWhoMayBeInCrisisIsShownWhereToGetHelpAtOnce() throws Exception {
		MvcResult posted = mvc
			.perform(fixtures.post("pregabalin", "Sam", "sam@example.com",
					"Some nights I feel like I want to end it all."))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("commentCrisis", "true"))
			.andReturn();
		assertThat(fixtures.latest().flags()).contains("CRISIS");
		assertThat(fixtures.latest().status()).isEqualTo("HELD");
		mvc.perform(get("/articles/pregabalin").cookie(TestVisitors.cookie(secrets, CommentFixtures.VISITOR),
				posted.getResponse().getCookie("pw_flash")))
			.andExpect(content().string(allOf(containsString("If you are struggling right now"),
					containsString("<a class=\"tel\" href=\"tel:999\">999</a>"),
					containsString("<a class=\"tel\" href=\"tel:116123\">116 123</a>"),
					containsString("<a class=\"tel\" href=\"tel:111\">111</a>"),
					containsString("<a class=\"tel\" href=\"tel:03069990123\">0306 999 0123</a>"))));
	}

	@Test
	void theCrisisBoxIsWhereThePageLandsAndStaysWhileTheCommentIsHeld() throws Exception {
		MvcResult posted = mvc
			.perform(fixtures.post("pregabalin", "Sam", "sam@example.com",
					"There's no point anymore, I'm thinking about taking all my tablets at once."))
			.andExpect(status().isFound())
			.andReturn();
		long id = fixtures.latest().id();
		assertThat(posted.getResponse().getRedirectedUrl()).endsWith("#crisis-support-" + id);
		String landed = mvc
			.perform(get(posted.getResponse().getRedirectedUrl().replaceAll("#.*", "")).cookie(
					TestVisitors.cookie(secrets, CommentFixtures.VISITOR), posted.getResponse().getCookie("pw_flash")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String held = landed.substring(landed.indexOf("id=\"comment-" + id + "\""));
		assertThat(held.indexOf("id=\"crisis-support-" + id + "\"")).as("the support box opens the held comment")
			.isBetween(0, 400);
		assertThat(held.indexOf("Thank you — your comment is awaiting moderation")).as("the thanks comes next")
			.isGreaterThan(held.indexOf("If you are struggling right now"))
			.isLessThan(held.indexOf("Awaiting moderation."));
		assertThat(held).contains("role=\"alert\"");

		String reloaded = mvc
			.perform(get("/articles/pregabalin").cookie(TestVisitors.cookie(secrets, CommentFixtures.VISITOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(reloaded).as("after a reload").contains("If you are struggling right now", "tel:116123");
		assertThat(reloaded).doesNotContain("Thank you — your comment is awaiting moderation");
		mvc.perform(get("/articles/pregabalin"))
			.andExpect(content().string(not(containsString("If you are struggling right now"))));
	}

	@Test
	void aCommentWithCrisisLanguageThatFailsStillShowsWhereToGetHelpFirst() throws Exception {
		String words = "I can't go on like this, I want to end it all.";
		String page = mvc.perform(fixtures.post("pregabalin", "Sam", "not-an-address", words))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<title>Error: ", HtmlUtils.htmlEscape(words), "tel:999", "tel:116123");
		assertThat(page.indexOf("If you are struggling right now")).as("the support box comes before the errors")
			.isPositive()
			.isLessThan(page.indexOf("There is a problem"));
		assertThat(page).containsPattern("<section class=\"crisis-box\" id=\"crisis-support\"[^>]*autofocus");
		assertThat(fixtures.latest().body()).isNotEqualTo(words);

		for (int i = 1; i <= 5; i++) {
			mvc.perform(
					fixtures.post("pregabalin", "Sam", "sam@example.com", "Comment " + i).with(from("198.51.100.20")))
				.andExpect(status().isFound());
		}
		String limited = mvc
			.perform(fixtures.post("pregabalin", "Sam", "sam@example.com", words).with(from("198.51.100.20")))
			.andExpect(status().isTooManyRequests())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(limited).contains(HtmlUtils.htmlEscape(words), "tel:999", "tel:116123");
		assertThat(limited.indexOf("If you are struggling right now")).isPositive()
			.isLessThan(limited.indexOf("You have posted a lot of comments"));
	}

	@Test
	void aFormWithErrorsTitlesThePageErrorAndMovesFocusToTheSummary() throws Exception {
		String page = mvc.perform(fixtures.post("pregabalin", "", "ann@example.com", "It helped me sleep."))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<title>Error: Comment on ");
		assertThat(page).containsPattern("class=\"error-summary\"[^>]*autofocus");
		assertThat(page).doesNotContain("crisis-box");
	}

	@Test
	void heldCommentsAreInvisibleToEveryoneElse() throws Exception {
		mvc.perform(fixtures.post("pregabalin", "Ffion", "ffion@example.com", "Only I should see this for now."))
			.andExpect(status().isFound());
		mvc.perform(get("/articles/pregabalin"))
			.andExpect(content().string(not(containsString("Only I should see this for now."))));
		mvc.perform(
				get("/articles/pregabalin").cookie(TestVisitors.cookie(secrets, "ffffffffffffffffffffffffffffffff")))
			.andExpect(content().string(not(containsString("Only I should see this for now."))));
	}

	@Test
	void theAddressIsStoredOnlyAsASaltedHash() throws Exception {
		mvc.perform(fixtures.post("pregabalin", "Ffion", "ffion@example.com", "Address check.").with(request -> {
			request.setRemoteAddr("203.0.113.77");
			return request;
		})).andExpect(status().isFound());
		CommentFixtures.Stored stored = fixtures.latest();
		assertThat(stored.ipHash()).hasSize(32).doesNotContain("203.0.113.77").doesNotContain("203");
		String everything = jdbc.sql("select c::text from comment c where id = ?")
			.param(stored.id())
			.query(String.class)
			.single();
		assertThat(everything).doesNotContain("203.0.113.77");
	}

	@Test
	void emailAddressesNeverAppearOnPublicPages() throws Exception {
		String html = mvc.perform(get("/articles/amitriptyline")).andReturn().getResponse().getContentAsString();
		assertThat(html).doesNotContain("@example.com").doesNotContain("@example.org").doesNotContain("@example.net");
	}

	@Test
	void everyMistakeIsExplainedAndEveryTypedCharacterKept() throws Exception {
		long before = fixtures.count();
		String body = "My experience: <b>not bold</b> & \"quoted\" — 😀 ألم 𝔘𝔫𝔦𝔠𝔬𝔡𝔢";
		mvc.perform(post("/articles/pregabalin/comments").with(sameOrigin())
			.param("name", "")
			.param("email", "not-an-email")
			.param("body", body))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("There is a problem"),
					containsString("href=\"#comment-name\">Enter your name</a>"),
					containsString("Enter an email address in the right format"),
					containsString("Tick the box to agree that your comment will be public"),
					containsString("value=\"not-an-email\""),
					containsString(
							"My experience: &lt;b&gt;not bold&lt;/b&gt; &amp; &quot;quoted&quot; — 😀 ألم 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"),
					containsString("aria-invalid=\"true\""))));
		assertThat(fixtures.count()).isEqualTo(before);
	}

	@Test
	void limitsAreCheckedWithTheConfiguredLengths() throws Exception {
		mvc.perform(fixtures.post("pregabalin", "N".repeat(81), "a@example.com", "x".repeat(5001)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Your name must be 80 characters or fewer"),
					containsString("Your comment must be 5,000 characters or fewer; it is 5,001"))));
		mvc.perform(fixtures.post("pregabalin", "Emoji 😀", "a@" + "b".repeat(250) + ".com", "ok"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Your email address must be 254 characters or fewer")));
		// 80 emoji are 80 characters, though 160 UTF-16 units
		mvc.perform(fixtures.post("pregabalin", "😀".repeat(80), "a@example.com", "Emoji name."))
			.andExpect(status().isFound());
	}

	@Test
	void controlCharactersAreRefusedWithAMessage() throws Exception {
		mvc.perform(
				fixtures.post("pregabalin", "Bad\u0000Name", "a@example.com", "Body with NUL \u0000 and BEL \u0007"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Remove the invisible control characters from this text")));
	}

	@Test
	void unicodeIsStoredAndShownExactly() throws Exception {
		String body = "Emoji 👩🏽‍⚕️ and Arabic مرحبا and Hebrew שלום and combining e\u0301\u0301 and Zalgo Z\u0351\u0352.\nSecond line.";
		mvc.perform(fixtures.post("pregabalin", "Siân Wójcik", "sian@example.com", body)).andExpect(status().isFound());
		CommentFixtures.Stored stored = fixtures.latest();
		assertThat(stored.body()).isEqualTo(body);
		assertThat(stored.name()).isEqualTo("Siân Wójcik");
		jdbc.sql("update comment set status = 'PUBLISHED' where id = ?").param(stored.id()).update();
		mvc.perform(get("/articles/pregabalin"))
			.andExpect(content().string(allOf(containsString(body), containsString("Siân Wójcik"))));
	}

	@Test
	void scriptInAnyFieldIsShownAsTextAndNeverRuns() throws Exception {
		mvc.perform(fixtures.post("pregabalin", "<script>alert(1)</script>", "x@example.com",
				"<img src=x onerror=alert(1)> http://example.com/\"onmouseover=alert(1)"))
			.andExpect(status().isFound());
		long id = fixtures.latest().id();
		jdbc.sql("update comment set status = 'PUBLISHED' where id = ?").param(id).update();
		String html = mvc.perform(get("/articles/pregabalin")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;")
			.doesNotContain("<script>alert(1)")
			.doesNotContain("<img src=x")
			.contains("<a href=\"http://example.com/\" rel=\"nofollow ugc noopener\">http://example.com/</a>");
	}

	@Test
	void commentsOnClosedOrUnpublishedArticlesAreRefusedAndNothingIsSaved() throws Exception {
		long before = fixtures.count();
		mvc.perform(fixtures.post("talking-to-your-gp-about-pain", "Ann", "ann@example.com", "Closed article."))
			.andExpect(status().isConflict())
			.andExpect(content().string(
					allOf(containsString("Comments are closed on this article"), containsString("Closed article."))));
		jdbc.sql("update article set status = 'DRAFT' where slug = 'pregabalin'").update();
		mvc.perform(fixtures.post("pregabalin", "Ann", "ann@example.com", "Unpublished."))
			.andExpect(status().isNotFound());
		mvc.perform(fixtures.post("no-such-article", "Ann", "ann@example.com", "Nowhere."))
			.andExpect(status().isNotFound());
		assertThat(fixtures.count()).isEqualTo(before);
	}

	@Test
	void aClosedArticleShowsItsCommentsAndPointersInsteadOfTheForm() throws Exception {
		fixtures.publishedComment("talking-to-your-gp-about-pain", "Old", "An old published comment.");
		mvc.perform(get("/articles/talking-to-your-gp-about-pain"))
			.andExpect(content().string(allOf(containsString("An old published comment."),
					containsString("Comments are closed."), containsString("0306 999 0123"), containsString("forum"),
					not(containsString("id=\"comment-form\"")))));
	}

	@Test
	void programsThatFillTheHiddenFieldOrAnswerTooFastAreQuietlyMarkedAsSpam() throws Exception {
		mvc.perform(fixtures.post("pregabalin", "Bot", "bot@example.com", "Great post")
			.param("website", "http://spam.example"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("commentNotice", "comment.thanks"));
		assertThat(fixtures.latest().status()).isEqualTo("SPAM");
		assertThat(fixtures.latest().flags()).contains("HONEYPOT");

		// a start time asked for just now, as a program filling the form at once would
		// send it
		String justNow = mvc.perform(get("/comments/form-start"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"started\":\"([^\"]+)\".*", "$1");
		mvc.perform(fixtures.post("pregabalin", "Bot", "bot2@example.com", "Fast post").with(startedAt(justNow)))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("commentNotice", "comment.thanks"));
		assertThat(fixtures.latest().status()).isEqualTo("SPAM");
		assertThat(fixtures.latest().flags()).contains("TOO_FAST");

		mvc.perform(fixtures.post("pregabalin", "Bot", "bot3@example.com", "Forged start").with(startedAt("1.forged")))
			.andExpect(status().isFound());
		assertThat(fixtures.latest().status()).isEqualTo("SPAM");
		assertThat(fixtures.latest().flags()).contains("TOO_FAST");
	}

	@Test
	void aCommentWithoutAStartTimeCameFromABrowserWithoutJavaScriptAndIsHeldAsUsual() throws Exception {
		mvc.perform(fixtures.post("pregabalin", "No Script", "noscript@example.com", "Written without JavaScript.")
			.with(startedAt(""))).andExpect(status().isFound());
		assertThat(fixtures.latest().status()).isEqualTo("HELD");
		assertThat(fixtures.latest().flags()).doesNotContain("TOO_FAST");
	}

	@Test
	void manyLinksAreHeldWithAFlagAndBlocklistedWordsAreSpam() throws Exception {
		mvc.perform(fixtures.post("pregabalin", "Linker", "l@example.com",
				"See https://a.example and https://b.example and www.c.example"))
			.andExpect(status().isFound());
		assertThat(fixtures.latest().status()).isEqualTo("HELD");
		assertThat(fixtures.latest().flags()).isEqualTo("LINKS");

		mvc.perform(fixtures.post("pregabalin", "Seller", "s@example.com", "Cheap VIAGRA here"))
			.andExpect(status().isFound());
		assertThat(fixtures.latest().status()).isEqualTo("SPAM");
		assertThat(fixtures.latest().flags()).contains("BLOCKLIST");

		// whole words only: "casinos" in a place name would not be, "scasino" is not the
		// word
		mvc.perform(fixtures.post("pregabalin", "Reader", "r@example.com", "My town, Scasinova, is lovely."))
			.andExpect(status().isFound());
		assertThat(fixtures.latest().status()).isEqualTo("HELD");
	}

	@Test
	void theSameTextTwiceIsRefusedAsADuplicate() throws Exception {
		mvc.perform(fixtures.post("pregabalin", "Ann", "ann@example.com", "Exactly the same words."))
			.andExpect(status().isFound());
		long count = fixtures.count();
		mvc.perform(fixtures.post("pregabalin", "Ann", "ann@example.com", "Exactly the same words."))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("You have just posted this comment"),
					containsString("Exactly the same words."))));
		assertThat(fixtures.count()).isEqualTo(count);
	}

	@Test
	void tooManyCommentsFromOneAddressInAnHourGetA429WithTheTextKept() throws Exception {
		for (int i = 1; i <= 5; i++) {
			mvc.perform(fixtures.post("pregabalin", "Busy", "busy@example.com", "Comment number " + i)
				.with(from("198.51.100.9"))).andExpect(status().isFound());
		}
		long count = fixtures.count();
		mvc.perform(fixtures.post("pregabalin", "Busy", "busy@example.com", "The sixth, which I typed carefully.")
			.with(from("198.51.100.9")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", matchesPattern("[0-9]+")))
			.andExpect(content().string(allOf(containsString("Please wait a while and try again"),
					containsString("You can post again after "), containsString("(in about 60 minutes)"),
					containsString("The sixth, which I typed carefully."))));
		assertThat(fixtures.count()).isEqualTo(count);
		// someone else is not affected
		mvc.perform(fixtures.post("pregabalin", "Other", "other@example.com", "Different address.")
			.with(from("198.51.100.10"))).andExpect(status().isFound());
	}

	@Test
	void aCommentAnotherWebsiteMadeTheBrowserSendIsRefusedWithTheTextKeptInTheForm() throws Exception {
		long count = fixtures.count();
		for (TestOrigin elsewhere : List.of(crossSite(), crossSiteOriginOnly())) {
			mvc.perform(post("/articles/pregabalin/comments").with(elsewhere)
				.param("name", "Ann <b>")
				.param("email", "ann@example.com")
				.param("body", "Typed with care & \"quotes\"")
				.param("consent", "yes"))
				.andExpect(status().isForbidden())
				.andExpect(content().string(allOf(containsString("sent from another website, so we did not post it"),
						containsString("value=\"Ann &lt;b&gt;\""), containsString("value=\"ann@example.com\""),
						containsString(">Typed with care &amp; &quot;quotes&quot;</textarea>"),
						containsString("id=\"comment-form\""))));
		}
		assertThat(fixtures.count()).isEqualTo(count);
	}

	@Test
	void aCommentFromThisSiteIsAcceptedWhateverTheBrowserSays() throws Exception {
		long count = fixtures.count();
		mvc.perform(fixtures.post("pregabalin", "Typed", "typed@example.com", "Opened the address myself.")
			.header("Sec-Fetch-Site", "none")).andExpect(status().isFound());
		// an older browser that sends only Origin, from the site's public address
		mvc.perform(
				fixtures.post("pregabalin", "Older", "older@example.com", "From an older browser.").with(request -> {
					request.removeHeader("Sec-Fetch-Site");
					request.removeHeader("Origin");
					request.addHeader("Origin", "http://localhost:8080");
					return request;
				}))
			.andExpect(status().isFound());
		assertThat(fixtures.count()).isEqualTo(count + 2);
	}

	/** The form's start time in place of the one the fixtures send. */
	private static org.springframework.test.web.servlet.request.RequestPostProcessor startedAt(String started) {
		return request -> {
			request.setParameter("started", started);
			return request;
		};
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
