package org.painwise.site.ratings;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.painwise.site.shared.SiteSecrets;
import org.painwise.site.SiteTest;
import org.painwise.site.TestSessions;
import org.painwise.site.shared.VisitorAddress;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.painwise.site.ratings.RatingFixtures.from;
import static org.painwise.site.ratings.RatingFixtures.vote;
import static org.painwise.site.ratings.RatingFixtures.voteForJson;
import static org.painwise.site.TestOrigin.crossSite;
import static org.painwise.site.TestOrigin.crossSiteOriginOnly;
import static org.painwise.site.TestOrigin.sameOrigin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reader rating an article or a comment, with and without JavaScript, and everything
 * that can go wrong with it. Each test runs in a transaction that is rolled back.
 */
@SiteTest
@Transactional
class VotingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SiteSecrets secrets;

	@Autowired
	VisitorAddress visitorAddress;

	RatingFixtures fixtures;

	long nortriptyline;

	@BeforeEach
	void fixtures() {
		fixtures = new RatingFixtures(jdbc, secrets);
		nortriptyline = fixtures.articleId("nortriptyline");
	}

	@Test
	void withoutJavaScriptAVoteRedirectsBackToTheRatingWithAConfirmation() throws Exception {
		MvcResult voted = mvc.perform(vote("/articles/nortriptyline/rating", "4").with(from("203.0.113.77")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/articles/nortriptyline#rating"))
			.andExpect(flash().attribute("ratingNotice", "ratings.thanks"))
			.andExpect(flash().attribute("ratingFor", "rating-article-" + nortriptyline))
			.andExpect(cookie().exists("pw_flash"))
			.andExpect(cookie().exists("pw_visitor"))
			.andReturn();

		assertThat(fixtures.stored("ARTICLE", nortriptyline)).isEqualTo(new RatingSummary(1, 4));
		RatingFixtures.StoredVote stored = fixtures.latestVote("ARTICLE", nortriptyline);
		assertThat(stored.value()).isEqualTo(4);
		// the cookie holds the key and the site's signature of it
		assertThat(voted.getResponse().getCookie("pw_visitor").getValue())
			.isEqualTo(fixtures.visitor(stored.voterKey()).getValue());
		// the address is kept only as today's salted hash
		assertThat(stored.ipHash()).isEqualTo(visitorAddress.hashOf("203.0.113.77"));
		assertThat(stored.everything()).doesNotContain("203.0.113.77");

		// the browser follows the redirect with the message cookie, and sees the
		// thank-you at the stars
		mvc.perform(get("/articles/nortriptyline").cookie(voted.getResponse().getCookie("pw_flash")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<p class=\"rating-summary\">Rating: 4.00/5. From 1 vote.</p>"),
						containsString("<p class=\"rating-message\">Thank you for rating this.</p>"))));
	}

	@Test
	void withJavaScriptAVoteAnswersWithTheNewSummaryAsJson() throws Exception {
		fixtures.votes("ARTICLE", nortriptyline, 5, 4, 3, 4);
		mvc.perform(voteForJson("/articles/nortriptyline/rating", "2").cookie(fixtures.visitor(RatingFixtures.VISITOR)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.summary").value("Rating: 3.60/5. From 5 votes."))
			.andExpect(jsonPath("$.message").value("Thank you for rating this."))
			.andExpect(jsonPath("$.count").value(5))
			.andExpect(jsonPath("$.average").value(3.6));
		assertThat(fixtures.stored("ARTICLE", nortriptyline)).isEqualTo(new RatingSummary(5, 18));
		assertThat(fixtures.latestVote("ARTICLE", nortriptyline).voterKey()).isEqualTo(RatingFixtures.VISITOR);
	}

	@Test
	void aCommentVoteRedirectsToTheCommentsOwnStarsOnItsPageOfTheThread() throws Exception {
		long articleId = fixtures.articleId("duloxetine");
		jdbc.sql(
				"""
						insert into comment (article_id, status, author_name, author_email, body, created_at)
						select ?, 'PUBLISHED', 'Reader ' || n, 'r@example.com', 'Paged comment ' || n, now() - (200 - n) * interval '1 hour'
						from generate_series(1, 60) as n""")
			.param(articleId)
			.update();
		jdbc.sql("update comment set root_id = id where root_id is null and parent_id is null").update();
		long onPageTwo = jdbc.sql("select id from comment where body = 'Paged comment 30'").query(Long.class).single();

		MvcResult voted = mvc.perform(vote("/comments/" + onPageTwo + "/rating", "5"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/articles/duloxetine?comments-page=2#rating-comment-" + onPageTwo))
			.andExpect(flash().attribute("ratingFor", "rating-comment-" + onPageTwo))
			.andReturn();
		assertThat(fixtures.stored("COMMENT", onPageTwo)).isEqualTo(new RatingSummary(1, 5));

		String page = mvc
			.perform(get("/articles/duloxetine").param("comments-page", "2")
				.cookie(voted.getResponse().getCookie("pw_flash")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String widget = page.substring(page.indexOf("id=\"rating-comment-" + onPageTwo + "\""));
		widget = widget.substring(0, widget.indexOf("</form>"));
		assertThat(widget).contains("Rate this comment by Reader 30", "Rating: 5.00/5. From 1 vote.",
				"Thank you for rating this.");
	}

	@Test
	void aSecondVoteFromTheSameVisitorIsRefusedAndChangesNothing() throws Exception {
		Cookie me = fixtures.visitor(RatingFixtures.VISITOR);
		mvc.perform(vote("/articles/nortriptyline/rating", "5").cookie(me)).andExpect(status().isFound());
		long rows = fixtures.voteRows();

		mvc.perform(vote("/articles/nortriptyline/rating", "1").cookie(me))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("This has already been rated from this device"),
					containsString("href=\"/articles/nortriptyline#rating\""),
					containsString("Back to Nortriptyline for nerve pain"))));
		mvc.perform(voteForJson("/articles/nortriptyline/rating", "1").cookie(me))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value(
					"This has already been rated from this device, or from your connection today. The first rating counts."))
			.andExpect(jsonPath("$.summary").value("Rating: 5.00/5. From 1 vote."));

		assertThat(fixtures.voteRows()).isEqualTo(rows);
		assertThat(fixtures.stored("ARTICLE", nortriptyline)).isEqualTo(new RatingSummary(1, 5));
		// a vote on something else is still welcome
		mvc.perform(vote("/articles/duloxetine/rating", "3").cookie(me)).andExpect(status().isFound());
	}

	@Test
	void anAddressThatRatedTheItemTodayCannotRateItAgainWithAnotherCookie() throws Exception {
		mvc.perform(vote("/articles/nortriptyline/rating", "5").with(from("198.51.100.20")))
			.andExpect(status().isFound());
		long rows = fixtures.voteRows();

		// the cookie was thrown away: the address still counts as having rated it, and no
		// cookie is handed out
		mvc.perform(vote("/articles/nortriptyline/rating", "5").with(from("198.51.100.20")))
			.andExpect(status().isConflict())
			.andExpect(cookie().doesNotExist("pw_visitor"))
			.andExpect(content().string(
					containsString("This has already been rated from this device, or from your connection today.")));
		mvc.perform(voteForJson("/articles/nortriptyline/rating", "5").with(from("198.51.100.20")))
			.andExpect(status().isConflict());
		// nor does a cookie the site gave out to another browser buy a second vote from
		// that address today
		mvc.perform(vote("/articles/nortriptyline/rating", "2").with(from("198.51.100.20"))
			.cookie(fixtures.visitor(RatingFixtures.OTHER_VISITOR))).andExpect(status().isConflict());
		assertThat(fixtures.voteRows()).isEqualTo(rows);

		// another item from the same address is fine, and so is this one from another
		// address
		mvc.perform(vote("/articles/duloxetine/rating", "3").with(from("198.51.100.20"))).andExpect(status().isFound());
		mvc.perform(vote("/articles/nortriptyline/rating", "4").with(from("198.51.100.21")))
			.andExpect(status().isFound());
		assertThat(fixtures.stored("ARTICLE", nortriptyline)).isEqualTo(new RatingSummary(2, 9));
	}

	@Test
	void aMadeUpOrChangedVisitorCookieCountsAsNoCookie() throws Exception {
		Cookie real = fixtures.visitor(RatingFixtures.VISITOR);
		String signature = real.getValue().substring(real.getValue().indexOf('.') + 1);
		// one person at one address changing the key over and over gets one vote, as
		// without a cookie
		String[] forged = { RatingFixtures.OTHER_VISITOR, "00000000000000000000000000000001." + signature,
				RatingFixtures.VISITOR + ".AAAA", RatingFixtures.VISITOR };
		mvc.perform(vote("/articles/nortriptyline/rating", "5").with(from("198.51.100.30"))
			.cookie(new Cookie("pw_visitor", "0000000000000000000000000000000f")))
			.andExpect(status().isFound())
			.andExpect(cookie().exists("pw_visitor"));
		for (String value : forged) {
			mvc.perform(vote("/articles/nortriptyline/rating", "5").with(from("198.51.100.30"))
				.cookie(new Cookie("pw_visitor", value))).andExpect(status().isConflict());
		}
		assertThat(fixtures.stored("ARTICLE", nortriptyline)).isEqualTo(new RatingSummary(1, 5));
		// the key the site gave out instead is not the made-up one
		assertThat(fixtures.latestVote("ARTICLE", nortriptyline).voterKey())
			.isNotEqualTo("0000000000000000000000000000000f");
	}

	@Test
	void anAddressOverTheHourlyLimitGetsA429AndNothingIsSaved() throws Exception {
		String busy = "198.51.100.9";
		fixtures.recentVotesFrom(visitorAddress.hashOf(busy), 29);
		long duloxetine = fixtures.articleId("duloxetine");
		RatingSummary before = fixtures.stored("ARTICLE", duloxetine);
		mvc.perform(vote("/articles/nortriptyline/rating", "4").with(from(busy))
			.cookie(fixtures.visitor(RatingFixtures.VISITOR))).andExpect(status().isFound());
		long rows = fixtures.voteRows();

		mvc.perform(vote("/articles/duloxetine/rating", "4").with(from(busy))
			.cookie(fixtures.visitor(RatingFixtures.VISITOR)))
			.andExpect(status().isTooManyRequests())
			.andExpect(content()
				.string(allOf(containsString("There have been a lot of ratings from your connection in the last hour"),
						containsString("href=\"/articles/duloxetine#rating\""))));
		mvc.perform(voteForJson("/articles/duloxetine/rating", "4").with(from(busy)))
			.andExpect(status().isTooManyRequests())
			.andExpect(cookie().doesNotExist("pw_visitor"))
			.andExpect(jsonPath("$.message").value(containsString("Please wait a while and try again.")));

		assertThat(fixtures.voteRows()).isEqualTo(rows);
		assertThat(fixtures.stored("ARTICLE", duloxetine)).isEqualTo(before);
		// another address is not affected
		mvc.perform(vote("/articles/duloxetine/rating", "4").with(from("198.51.100.10"))).andExpect(status().isFound());
	}

	@Test
	void votesOlderThanAnHourDoNotCountTowardsTheLimit() throws Exception {
		String address = "198.51.100.11";
		fixtures.recentVotesFrom(visitorAddress.hashOf(address), 30);
		jdbc.sql("update vote set created_at = now() - interval '61 minutes' where ip_hash = ?")
			.param(visitorAddress.hashOf(address))
			.update();
		mvc.perform(vote("/articles/nortriptyline/rating", "4").with(from(address))).andExpect(status().isFound());
	}

	@Test
	void onlyPublishedArticlesCanBeRated() throws Exception {
		fixtures.article("a-draft", "DRAFT");
		fixtures.article("an-archived-one", "ARCHIVED");
		long rows = fixtures.voteRows();
		for (String slug : new String[] { "no-such-article", "a-draft", "an-archived-one", "Not_A_Slug" }) {
			mvc.perform(vote("/articles/" + slug + "/rating", "5"))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("We could not find that article or comment.")));
			mvc.perform(voteForJson("/articles/" + slug + "/rating", "5"))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.message")
					.value("We could not find that article or comment. It may have been removed."));
		}
		assertThat(fixtures.voteRows()).isEqualTo(rows);
	}

	@Test
	void onlyPublishedCommentsOnPublishedArticlesCanBeRated() throws Exception {
		long held = fixtures.comment("duloxetine", "HELD", "Held");
		long rejected = fixtures.comment("duloxetine", "REJECTED", "Rejected");
		long spam = fixtures.comment("duloxetine", "SPAM", "Spam");
		fixtures.article("withdrawn", "PUBLISHED");
		long onWithdrawn = fixtures.comment("withdrawn", "PUBLISHED", "Orphan");
		jdbc.sql("update article set status = 'DRAFT' where slug = 'withdrawn'").update();
		long rows = fixtures.voteRows();
		for (String id : new String[] { "" + held, "" + rejected, "" + spam, "" + onWithdrawn, "999999999", "abc",
				"1e3", "99999999999999999999" }) {
			mvc.perform(vote("/comments/" + id + "/rating", "5"))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("We could not find that article or comment.")));
			mvc.perform(voteForJson("/comments/" + id + "/rating", "5"))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.message").exists());
		}
		assertThat(fixtures.voteRows()).isEqualTo(rows);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "0", "6", "abc", "", " ", "3.5", "-1", "05", "4 ", "١" })
	void aValueThatIsNotOneToFiveStarsIsA400WithAMessage(String value) throws Exception {
		long rows = fixtures.voteRows();
		mvc.perform(vote("/articles/nortriptyline/rating", value))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Choose a rating from 1 to 5 stars."),
					containsString("href=\"/articles/nortriptyline#rating\""))));
		mvc.perform(voteForJson("/articles/nortriptyline/rating", value))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("Choose a rating from 1 to 5 stars."));
		assertThat(fixtures.voteRows()).isEqualTo(rows);
	}

	@Test
	void aVoteAnotherWebsiteMadeTheBrowserSendIsForbidden() throws Exception {
		long rows = fixtures.voteRows();
		mvc.perform(post("/articles/nortriptyline/rating").with(crossSite()).param("value", "5"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("This form was sent from another website")));
		mvc.perform(post("/articles/nortriptyline/rating").with(crossSiteOriginOnly())
			.param("value", "5")
			.accept(MediaType.APPLICATION_JSON)).andExpect(status().isForbidden());
		long comment = fixtures.comment("duloxetine", "PUBLISHED", "Token");
		mvc.perform(post("/comments/" + comment + "/rating").with(crossSite()).param("value", "5"))
			.andExpect(status().isForbidden());
		assertThat(fixtures.voteRows()).isEqualTo(rows);
	}

	@Test
	void aVoteWithNoBrowserHeadersIsNotABrowserAndIsJudgedByTheOtherChecks() throws Exception {
		long rows = fixtures.voteRows();
		mvc.perform(post("/articles/nortriptyline/rating").param("value", "5").with(request -> {
			request.setRemoteAddr("192.0.2.201");
			return request;
		})).andExpect(status().isFound());
		assertThat(fixtures.voteRows()).isEqualTo(rows + 1);
	}

	@Test
	void votingNeverCreatesASession() throws Exception {
		long comment = fixtures.comment("duloxetine", "PUBLISHED", "Sessionless");
		MvcResult[] results = { mvc.perform(vote("/articles/nortriptyline/rating", "5")).andReturn(),
				mvc.perform(voteForJson("/comments/" + comment + "/rating", "4")).andReturn(),
				mvc.perform(
						vote("/articles/nortriptyline/rating", "5").cookie(fixtures.visitor(RatingFixtures.VISITOR)))
					.andReturn(),
				mvc.perform(vote("/articles/nortriptyline/rating", "9")).andReturn(),
				mvc.perform(vote("/articles/nope/rating", "5")).andReturn() };
		for (MvcResult result : results) {
			assertThat(result.getRequest().getSession(false)).isNull();
			assertThat(TestSessions.started(result)).isFalse();
			assertThat(result.getResponse().getHeaders("Set-Cookie"))
				.noneMatch(header -> header.startsWith("JSESSIONID") || header.startsWith("SESSION"));
		}
	}

	@Test
	void aBrowserAskingForHtmlOrAnythingGetsTheFormAnswer() throws Exception {
		mvc.perform(post("/articles/nortriptyline/rating").with(sameOrigin())
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.param("value", "3")).andExpect(status().isFound());
		mvc.perform(post("/articles/duloxetine/rating").with(sameOrigin()).param("value", "3"))
			.andExpect(status().isFound());
	}

}
