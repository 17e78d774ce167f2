package org.painwise.site.moderation;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.staff.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * A comment that mentions a possible side effect: its writer lands on a page that tells
 * them how to report it to the Yellow Card scheme; moderators see the flag and a
 * suggested response. Other comments show no such box.
 */
@SiteTest
@Transactional
class SideEffectReportingTests extends QueueTestSupport {

	@Test
	void theWriterOfASideEffectIsToldWhereToReportItAndModeratorsSeeTheFlag() throws Exception {
		String landed = landingAfter(fixtures.post("pregabalin", "Sioned", "sioned@example.com",
				"The first week it made me so dizzy I could hardly stand."));
		assertThat(landed).contains("Reporting a side effect",
				"You can report suspected side effects of medicines to the Yellow Card scheme, run by the MHRA",
				"href=\"https://yellowcard.mhra.gov.uk/\"");
		long comment = fixtures.latestBy("sioned@example.com");
		assertThat(jdbc.sql("select 'SIDE_EFFECT' = any(flags) from comment where id = ?")
			.param(comment)
			.query(Boolean.class)
			.single()).isTrue();

		mvc.perform(get("/staff/moderation").with(staff.as(StaffLogins.MODERATOR)))
			.andExpect(content().string(allOf(containsString("Mentions a side effect"),
					containsString("<mark class=\"triage-side_effect\">dizzy</mark>"),
					containsString(">Reporting a side effect</a>"))));
	}

	@Test
	void otherCommentsShowNoReportingBox() throws Exception {
		String landed = landingAfter(fixtures.post("pregabalin", "Tudur", "tudur@example.com",
				"Thank you, this explained the 28-day prescriptions clearly."));
		assertThat(landed).contains("your comment is awaiting moderation").doesNotContain("Reporting a side effect");
		mvc.perform(get("/articles/pregabalin")).andExpect(content().string(not(containsString("yellowcard"))));
	}

	/**
	 * The page the writer's browser lands on after posting, with the confirmation carried
	 * over.
	 */
	private String landingAfter(MockHttpServletRequestBuilder posting) throws Exception {
		MvcResult posted = mvc.perform(posting).andReturn();
		String location = posted.getResponse().getRedirectedUrl();
		assertThat(location).isNotNull();
		// the visitor cookie, and the confirmation, which goes over the redirect in a
		// cookie of its own
		Cookie[] cookies = posted.getResponse().getCookies();
		var landing = get(location.replaceAll("#.*", "")).cookie(cookies);
		return mvc.perform(landing).andReturn().getResponse().getContentAsString();
	}

}
