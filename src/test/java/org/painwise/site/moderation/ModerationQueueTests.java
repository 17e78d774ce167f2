package org.painwise.site.moderation;

import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.TestCsrf;
import org.painwise.site.staff.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The moderation queue as a moderator uses it: what it shows and in which order, the
 * views and the article filter, each decision with its confirmation and way back, bulk
 * decisions, and two moderators deciding on the same comment.
 */
@SiteTest
@Transactional
class ModerationQueueTests extends QueueTestSupport {

	@Test
	void heldCommentsComeCrisisFirstThenOldestWithEverythingAModeratorNeeds() throws Exception {
		long article = fixtures.articleId("pregabalin");
		long parent = fixtures.comment("pregabalin", null, "PUBLISHED", "Olwen Price", "olwen@example.com",
				"Pregabalin made me very dizzy at first.", 60 * 24 * 30, "{}", false);
		fixtures.comment("pregabalin", null, "PUBLISHED", "Ifan", "ifan@example.com", "Earlier comment one.",
				60 * 24 * 40, "{}", false);
		fixtures.comment("pregabalin", null, "PUBLISHED", "Ifan", "ifan@example.com", "Earlier comment two.",
				60 * 24 * 39, "{}", false);
		fixtures.comment("pregabalin", null, "REJECTED", "Ifan", "IFAN@example.com", "Earlier rejected.", 60 * 24 * 38,
				"{}", false);
		long older = fixtures.comment("pregabalin", parent, "HELD", "Ifan", "ifan@example.com",
				"Did the dizziness pass for you, Olwen?", 60 * 24 * 10, "{}", false);
		long crisis = fixtures.comment("pregabalin", null, "HELD", "Dee", "dee@example.com",
				"I can't go on like this any more.", 30, "{CRISIS}", false);
		long advice = fixtures.comment("pregabalin", null, "HELD", "Ros", "ros@example.com",
				"Should I take it with my other tablets?", 20, "{MEDICAL_ADVICE}", false);

		String page = mvc
			.perform(get("/staff/moderation").param("article", Long.toString(article))
				.with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Moderation queue"),
					containsString("<a href=\"/staff/moderation\" aria-current=\"page\">Moderation</a>"),
					containsString("Comment by Ifan on Pregabalin"), containsString("ifan@example.com"),
					containsString("2 published, 1 rejected before"), containsString("In reply to Olwen Price:"),
					containsString("Pregabalin made me very dizzy at first."), containsString("(10 days ago)"),
					containsString("<mark class=\"triage-crisis\">can&#39;t go on</mark>"),
					containsString("<mark class=\"triage-medical_advice\">Should I</mark>"), containsString("Urgent."),
					containsString("Crisis language"), containsString("Asks for medical advice"),
					containsString("Suggested response:"), containsString(">Urgent support</a>"),
					containsString(">Can’t advise on your own case</a>"),
					containsString("href=\"/staff/moderation/" + crisis + "/reply?response="),
					containsString("/reply?view=held&amp;article=" + article + "&amp;page=1&amp;next="),
					containsString("Publish<span class=\"visually-hidden\"> comment by Dee</span>"),
					containsString("Keyboard shortcuts"), containsString("/js/moderation"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int crisisAt = page.indexOf("id=\"comment-" + crisis + "\"");
		int olderAt = page.indexOf("id=\"comment-" + older + "\"");
		int sampleAt = page.indexOf("Has anyone here been on pregabalin and amitriptyline");
		int adviceAt = page.indexOf("id=\"comment-" + advice + "\"");
		assertThat(crisisAt).isPositive().isLessThan(olderAt);
		assertThat(olderAt).isLessThan(sampleAt);
		assertThat(sampleAt).isLessThan(adviceAt);
		// no other article's comments under this filter
		assertThat(page).doesNotContain("does anyone listen to anything to help them drop off");
	}

	@Test
	void aPlaceInTheQueueThatIsNoPlaceIsRefusedClearly() throws Exception {
		mvc.perform(get("/staff/moderation").param("view", "SPAM").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-current=\"page\">Spam (")));
		mvc.perform(get("/staff/moderation").param("page", "999").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(status().isOk());
		mvc.perform(get("/staff/moderation").param("view", "nonsense").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/staff/moderation").param("article", "abc").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/staff/moderation").param("page", "0").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Page numbers are whole numbers, starting at 1.")));
		mvc.perform(post("/staff/moderation/{id}/publish", "abc").with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("expected", "HELD")).andExpect(status().isNotFound());
	}

	@Test
	void theOtherViewsShowSpamRejectedReportedAndEverything() throws Exception {
		long reported = fixtures.comment("sleeping-better-with-persistent-pain", null, "PUBLISHED", "Kit",
				"kit@example.com", "A comment readers did not like.", 600, "{}", false);
		fixtures.report(reported, "reader-one", "It tells people to <stop> their tablets.");
		fixtures.report(reported, "reader-two");

		mvc.perform(get("/staff/moderation").param("view", "spam").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(content().string(allOf(containsString("Best Meds UK"), containsString("Matches the blocklist"),
					not(containsString("Comment by Tracey")), containsString("aria-current=\"page\">Spam ("))));
		mvc.perform(get("/staff/moderation").param("view", "rejected").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(content().string(allOf(containsString("Mick T"),
					containsString("Against our community guidelines"), not(containsString("Best Meds UK")))));
		mvc.perform(get("/staff/moderation").param("view", "reported").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(content().string(allOf(containsString("A comment readers did not like."),
					containsString("Reported 2 times by readers"), not(containsString("Comment by Tracey")),
					// what the reporter wrote, escaped; a report without words adds
					// nothing
					containsString("What readers wrote when they reported it:"),
					containsString("<li>It tells people to &lt;stop&gt; their tablets.</li>"))));
		mvc.perform(get("/staff/moderation").param("view", "all")
			.param("article", Long.toString(fixtures.articleId("amitriptyline")))
			.with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(content().string(allOf(containsString("Best Meds UK"), containsString("Mick T"),
					containsString("Comment by Tracey"), not(containsString("Comment by Kit")))));
	}

	@Test
	void keepingAReportedCommentPublishedClearsItsReportsUntilItIsReportedAgain() throws Exception {
		long reported = fixtures.comment("sleeping-better-with-persistent-pain", null, "PUBLISHED", "Lew",
				"lew@example.com", "A fair comment someone disliked.", 600, "{}", false);
		fixtures.report(reported, "reader-three");

		mvc.perform(get("/staff/moderation").param("view", "reported").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(content().string(allOf(containsString("A fair comment someone disliked."),
					containsString("Keep published<span class=\"visually-hidden\"> comment by Lew</span>"))));
		mvc.perform(post("/staff/moderation/{id}/keep", reported).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("view", "reported"))
			.andExpect(redirectedUrl("/staff/moderation?view=reported"))
			.andExpect(flash().attribute("flash", "Kept the comment by Lew published and cleared its reports."));

		assertThat(fixtures.status(reported)).isEqualTo("PUBLISHED");
		assertThat(fixtures.auditCount("comment.kept", reported)).isOne();
		mvc.perform(get("/staff/moderation").param("view", "reported").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(content().string(not(containsString("A fair comment someone disliked."))));

		// a second moderator's click finds nothing left to clear
		mvc.perform(post("/staff/moderation/{id}/keep", reported).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("view", "reported"))
			.andExpect(flash().attribute("flashProblem",
					"Already handled by someone else: the comment by Lew is now published. Nothing was changed."));
		assertThat(fixtures.auditCount("comment.kept", reported)).isOne();

		fixtures.report(reported, "reader-four");
		mvc.perform(get("/staff/moderation").param("view", "reported").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(content().string(allOf(containsString("A fair comment someone disliked."),
					containsString("Reported once by readers"))));
	}

	@Test
	void publishingComesBackToTheNextCommentWithAConfirmation() throws Exception {
		long article = fixtures.articleId("pregabalin");
		long first = fixtures.held("pregabalin", "Nerys", "nerys@example.com", "Thank you for this article.", 300);
		long next = fixtures.held("pregabalin", "Huw", "huw@example.com", "Very clear, thanks.", 200);

		mvc.perform(post("/staff/moderation/{id}/publish", first).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("expected", "HELD")
			.param("view", "held")
			.param("article", Long.toString(article))
			.param("page", "1")
			.param("next", Long.toString(next)))
			.andExpect(redirectedUrl("/staff/moderation?article=" + article + "#comment-" + next))
			.andExpect(flash().attribute("flash", "Published the comment by Nerys."));

		assertThat(fixtures.status(first)).isEqualTo("PUBLISHED");
		assertThat(jdbc.sql("select moderated_by from comment where id = ?").param(first).query(String.class).single())
			.isEqualTo("James");
		assertThat(jdbc.sql("""
				select actor_name || ' ' || before_value || '>' || after_value from audit_entry
				where action = 'comment.published' and subject_id = ?""")
			.param(Long.toString(first))
			.query(String.class)
			.single()).isEqualTo("James HELD>PUBLISHED");
		mvc.perform(get("/articles/pregabalin"))
			.andExpect(content().string(containsString("Thank you for this article.")));
	}

	@Test
	void rejectingKeepsTheReasonAndSpamIsRecorded() throws Exception {
		long rejected = fixtures.held("pregabalin", "Gwil", "gwil@example.com", "Buy my miracle cure.", 90);
		long spam = fixtures.held("pregabalin", "Bot", "bot@example.com", "Great post visit my site.", 80);

		mvc.perform(post("/staff/moderation/{id}/reject", rejected).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("expected", "HELD")
			.param("reason", "Promotes a treatment")
			.param("view", "held")
			.param("page", "2"))
			.andExpect(redirectedUrl("/staff/moderation?page=2"))
			.andExpect(flash().attribute("flash", "Rejected the comment by Gwil."));
		mvc.perform(post("/staff/moderation/{id}/spam", spam).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("expected", "HELD")
			.param("view", "held")).andExpect(flash().attribute("flash", "Marked the comment by Bot as spam."));

		assertThat(fixtures.status(rejected)).isEqualTo("REJECTED");
		assertThat(jdbc.sql("select moderation_note from comment where id = ?")
			.param(rejected)
			.query(String.class)
			.single()).isEqualTo("Promotes a treatment");
		assertThat(fixtures.status(spam)).isEqualTo("SPAM");
		assertThat(fixtures.auditCount("comment.rejected", rejected)).isOne();
		assertThat(fixtures.auditCount("comment.spam", spam)).isOne();
		assertThat(jdbc.sql("select detail from audit_entry where action = 'comment.rejected' and subject_id = ?")
			.param(Long.toString(rejected))
			.query(String.class)
			.single()).isEqualTo("Promotes a treatment");
	}

	@Test
	void theSecondOfTwoModeratorsIsToldWhoGotThereFirstAndNothingChanges() throws Exception {
		String nia = staff.create("Nia");
		long comment = fixtures.held("pregabalin", "Eleri", "eleri@example.com", "Does it help with sleep?", 50);

		mvc.perform(post("/staff/moderation/{id}/reject", comment).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("expected", "HELD")
			.param("view", "held"));
		String time = jdbc
			.sql("select to_char(moderated_at at time zone 'Europe/London', 'HH24:MI') from comment where id = ?")
			.param(comment)
			.query(String.class)
			.single();

		jakarta.servlet.http.Cookie[] flashCookies = mvc
			.perform(post("/staff/moderation/{id}/publish", comment).with(staff.as(nia))
				.with(TestCsrf.csrf())
				.param("expected", "HELD")
				.param("view", "held"))
			.andExpect(redirectedUrl("/staff/moderation#comment-" + comment))
			.andExpect(flash().attribute("flashProblem",
					"Already handled by James at " + time
							+ ": the comment by Eleri is now rejected. Nothing was changed."))
			.andReturn()
			.getResponse()
			.getCookies();

		assertThat(fixtures.status(comment)).isEqualTo("REJECTED");
		assertThat(fixtures.auditCount("comment.published", comment)).isZero();
		assertThat(fixtures.auditCount("comment.rejected", comment)).isOne();
		// after the redirect, the queue says so at the top
		mvc.perform(get("/staff/moderation").with(staff.as(nia)).cookie(flashCookies))
			.andExpect(content().string(containsString(
					"<div class=\"notice notice-warning\" role=\"alert\"><p>Already handled by James at " + time)));
	}

	@Test
	void bulkDecisionsApplyToEverySelectedCommentAndReportThoseAlreadyHandled() throws Exception {
		long one = fixtures.held("pregabalin", "Aled", "aled@example.com", "First of three.", 70);
		long two = fixtures.held("pregabalin", "Bethan", "bethan@example.com", "Second of three.", 60);
		long gone = fixtures.comment("pregabalin", null, "SPAM", "Cai", "cai@example.com", "Third of three.", 50, "{}",
				false);

		mvc.perform(post("/staff/moderation/bulk").with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("ids", Long.toString(one), Long.toString(two), Long.toString(gone))
			.param("action", "publish")
			.param("expected", "HELD")
			.param("view", "held"))
			.andExpect(redirectedUrl("/staff/moderation"))
			.andExpect(flash().attribute("flash", "2 comments were published."))
			.andExpect(flash().attribute("flashProblem", containsString("the comment by Cai is now marked as spam")));

		assertThat(fixtures.status(one)).isEqualTo("PUBLISHED");
		assertThat(fixtures.status(two)).isEqualTo("PUBLISHED");
		assertThat(fixtures.status(gone)).isEqualTo("SPAM");

		mvc.perform(post("/staff/moderation/bulk").with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("action", "reject")
			.param("expected", "HELD")
			.param("view", "held"))
			.andExpect(flash().attribute("flashProblem",
					"You did not select any comments. Tick the box on each comment first."));
	}

	@Test
	void aStaleOrMadeUpFormIsRefusedClearly() throws Exception {
		long comment = fixtures.held("pregabalin", "Dai", "dai@example.com", "A question.", 40);
		mvc.perform(post("/staff/moderation/{id}/publish", comment).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())).andExpect(status().isBadRequest());
		mvc.perform(post("/staff/moderation/{id}/publish", 987654321L).with(staff.as(StaffLogins.MODERATOR))
			.with(TestCsrf.csrf())
			.param("expected", "HELD")).andExpect(status().isNotFound());
		assertThat(fixtures.status(comment)).isEqualTo("HELD");
	}

	@Test
	void theDashboardCountsWhatIsWaiting() throws Exception {
		fixtures.comment("pregabalin", null, "HELD", "Dee", "dee@example.com", "I want to die.", 30, "{CRISIS}", false);
		mvc.perform(get("/staff").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(content().string(allOf(containsString("<h2 id=\"panel-1\">Moderation</h2>"),
					containsString("comments are waiting for a decision."),
					containsString("urgent (possible crisis language)"), containsString("The oldest has waited"),
					containsString("href=\"/staff/moderation\""),
					containsString("<a href=\"/staff/responses\">Standard responses</a>"),
					containsString("<a href=\"/staff/audit\">Audit log</a>"))));
		mvc.perform(get("/staff").with(staff.as(StaffLogins.ADMIN)))
			.andExpect(content().string(allOf(containsString("<a href=\"/staff/audit\">Audit log</a>"),
					not(containsString("href=\"/staff/moderation\"")))));
		mvc.perform(get("/staff").with(staff.as(StaffLogins.EDITOR)))
			.andExpect(content().string(not(containsString("/staff/moderation"))));
	}

}
