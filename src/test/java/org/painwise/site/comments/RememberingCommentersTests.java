package org.painwise.site.comments;

import java.time.Clock;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.shared.SiteSecrets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Remember my name and email on this device": a cookie on the commenter's device, set
 * when they tick the box and post, removed when they post with it unticked, and never a
 * server record.
 */
@SiteTest
@Transactional
class RememberingCommentersTests {

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
	void theFormOffersToRememberButDoesNotByDefault() throws Exception {
		String html = page("/articles/pregabalin");
		assertThat(html).contains(
				"<input id=\"comment-remember\" name=\"rememberMe\" type=\"checkbox\" value=\"yes\" aria-describedby=\"comment-remember-hint\">",
				"<label for=\"comment-remember\">Remember my name and email on this device</label>")
			.containsPattern("<script src=\"/js/remember-commenter-[0-9a-f]+\\.js\" defer></script>");
	}

	@Test
	void tickingTheBoxKeepsTheNameAndEmailInACookieForAYear() throws Exception {
		MockHttpServletResponse posted = mvc
			.perform(
					fixtures.post("pregabalin", "Siân O'Neill & co", "sian@example.com", "It helped with the tingling.")
						.param("rememberMe", "yes"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse();
		String cookie = setCookie(posted);
		assertThat(cookie).startsWith("pw_commenter=n=Si%C3%A2n%20O%27Neill%20%26%20co&e=sian%40example.com;")
			.contains("Path=/", "Max-Age=31536000", "SameSite=Lax")
			.doesNotContain("HttpOnly");
		// nothing about it is kept by the site
		assertThat(jdbc.sql("select count(*) from comment where author_name = 'Siân O''Neill & co'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void postingWithTheBoxUntickedRemovesIt() throws Exception {
		MockHttpServletResponse posted = mvc
			.perform(fixtures.post("pregabalin", "Siân", "sian@example.com", "Second thoughts on the dose.")
				.cookie(new Cookie("pw_commenter", "n=Si%C3%A2n&e=sian%40example.com")))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse();
		assertThat(setCookie(posted)).startsWith("pw_commenter=;").contains("Max-Age=0");
	}

	@Test
	void withoutTheCookieNothingIsSetWhenTheBoxIsUnticked() throws Exception {
		MockHttpServletResponse posted = mvc
			.perform(fixtures.post("pregabalin", "Siân", "sian@example.com", "Nothing to remember here."))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse();
		assertThat(posted.getHeaders("Set-Cookie")).noneMatch(header -> header.startsWith("pw_commenter="));
	}

	@Test
	void aPostThatFailsSetsNothingAndKeepsTheBoxAsItWas() throws Exception {
		MockHttpServletResponse refused = mvc
			.perform(fixtures.post("pregabalin", "Siân", "not an email", "My text.").param("rememberMe", "yes"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse();
		assertThat(refused.getHeaders("Set-Cookie")).noneMatch(header -> header.startsWith("pw_commenter="));
		assertThat(refused.getContentAsString())
			.contains("value=\"yes\" aria-describedby=\"comment-remember-hint\" checked=\"checked\"");
	}

	@Test
	void theReplyPageFillsTheFormInForReadersWithoutJavaScript() throws Exception {
		long parent = fixtures.publishedComment("pregabalin", "Maria", "Has anyone tried it at night?");
		String html = mvc
			.perform(get("/articles/pregabalin/comments/{id}/reply", parent)
				.cookie(new Cookie("pw_commenter", "n=Si%C3%A2n%20%3Cb%3E&e=sian%40example.com")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains(
				"name=\"name\" type=\"text\" autocomplete=\"name\" spellcheck=\"false\" value=\"Siân &lt;b&gt;\"",
				"value=\"sian@example.com\"",
				"value=\"yes\" aria-describedby=\"comment-remember-hint\" checked=\"checked\"");
	}

	@Test
	void articlePagesAreTheSameWithOrWithoutIt() throws Exception {
		String without = page("/articles/pregabalin");
		String with = mvc
			.perform(get("/articles/pregabalin").cookie(new Cookie("pw_commenter", "n=Si%C3%A2n&e=sian%40example.com")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(with).isEqualTo(without).doesNotContain("sian@example.com");
	}

	@Test
	void aDamagedCookieIsIgnored() throws Exception {
		long parent = fixtures.publishedComment("pregabalin", "Maria", "Has anyone tried it at night?");
		mvc.perform(get("/articles/pregabalin/comments/{id}/reply", parent)
			.cookie(new Cookie("pw_commenter", "n=%E0%A4%A&e=%zz"))).andExpect(status().isOk());
	}

	private static String setCookie(MockHttpServletResponse response) {
		return response.getHeaders("Set-Cookie")
			.stream()
			.filter(header -> header.startsWith("pw_commenter="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no pw_commenter cookie in " + response.getHeaders("Set-Cookie")));
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
