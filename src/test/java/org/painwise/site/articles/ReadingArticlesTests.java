package org.painwise.site.articles;

import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.shared.SecurityHeaders;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a reader sees on the public pages, with the sample content.
 */
@SiteTest
class ReadingArticlesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void homeShowsIntroductionFeaturedLatestAndTopics() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Information you can trust about living with pain"),
					containsString("Featured information"), containsString("Latest information"),
					containsString("Browse by topic"), containsString("href=\"/articles/amitriptyline\""),
					containsString("href=\"/topics/nerve-pain-medicines\""))));
	}

	@Test
	void headerAndFooterCarryNavigationAndHelplineFromConfiguration() throws Exception {
		mvc.perform(get("/articles"))
			.andExpect(content().string(allOf(containsString("Information &amp; resources"),
					containsString("Get help &amp; support"), containsString("Get involved"),
					containsString("About us"), containsString("href=\"tel:03069990123\""),
					containsString("Monday to Friday, 10am to 4pm"), containsString("href=\"/privacy\""),
					containsString("href=\"/accessibility\""), containsString("href=\"/help#contact\""))));
	}

	@Test
	void articlePageShowsEverythingAReaderNeedsToTrustIt() throws Exception {
		mvc.perform(get("/articles/amitriptyline"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Amitriptyline for pain</h1>"),
					containsString("aria-label=\"Breadcrumb\""), containsString("Written by"),
					containsString("Medically reviewed by"),
					containsString("Consultant in Anaesthesia &amp; Pain Medicine"), containsString("First published"),
					containsString("Last reviewed"), containsString("Next review due"),
					containsString("id=\"contents-heading\""), containsString("href=\"#what-is-amitriptyline\""),
					containsString("id=\"what-is-amitriptyline\""), containsString("Frequently asked questions"),
					containsString("References"), containsString("About the author"),
					containsString("Related information"),
					containsString("<link rel=\"canonical\" href=\"http://localhost:8080/articles/amitriptyline\">"),
					containsString("<meta name=\"description\""), containsString("media=\"print\""),
					not(containsString("This page is due for review")))));
	}

	@Test
	void articlePastItsReviewDateSaysSo() throws Exception {
		mvc.perform(get("/articles/gabapentin"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This page is due for review.")));
	}

	@Test
	void articlePageDescribesItselfAsAMedicalWebPage() throws Exception {
		String html = mvc.perform(get("/articles/amitriptyline")).andReturn().getResponse().getContentAsString();
		String json = html.substring(html.indexOf("<script type=\"application/ld+json\">"));
		json = json.substring(json.indexOf('>') + 1, json.indexOf("</script>"));
		assertThat(json).contains("\"@type\":\"MedicalWebPage\"", "\"datePublished\":\"", "\"lastReviewed\":\"",
				"\"reviewedBy\":{\"@type\":\"Person\"", "\"author\":{\"@type\":\"Person\"");
	}

	@Test
	void articleWithoutItsOwnDisclaimerShowsTheSiteDefault() throws Exception {
		mvc.perform(get("/articles/duloxetine"))
			.andExpect(content().string(containsString("This information is for general education.")));
	}

	@Test
	void unknownDraftOrOddSlugsAreNotFound() throws Exception {
		mvc.perform(get("/articles/no-such-medicine"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("We could not find an article at this address")));
		mvc.perform(get("/articles/UPPER_case")).andExpect(status().isNotFound());
		mvc.perform(get("/articles/" + "a".repeat(500))).andExpect(status().isNotFound());
		mvc.perform(get("/topics/no-such-topic")).andExpect(status().isNotFound());
		mvc.perform(get("/no-such-page")).andExpect(status().isNotFound());
	}

	@Test
	void notFoundPageIsInTheSiteLayout() throws Exception {
		mvc.perform(get("/articles/no-such-medicine"))
			.andExpect(content().string(allOf(containsString("Page not found"), containsString("Skip to main content"),
					containsString("0306 999 0123"), not(containsString("Whitelabel")))));
	}

	@Test
	void articleListIsSortable() throws Exception {
		mvc.perform(get("/articles"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("10 articles"), containsString("Sort by"))));
		String byTitle = mvc.perform(get("/articles").param("sort", "title"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(byTitle.indexOf("Amitriptyline for pain")).isLessThan(byTitle.indexOf("Duloxetine"));
		assertThat(byTitle.indexOf("Duloxetine")).isLessThan(byTitle.indexOf("Pregabalin"));
	}

	@Test
	@Transactional
	void longListsArePaginatedWithAccessibleLinks() throws Exception {
		TestArticles articles = new TestArticles(jdbc);
		long person = articles.person("Paging Author");
		for (int i = 1; i <= 15; i++) {
			articles.article("paging-article-" + i, "Paging article " + i, "Body", "PUBLISHED", person);
		}
		mvc.perform(get("/articles"))
			.andExpect(content().string(allOf(containsString("25 articles"), containsString("Page 1 of 3"),
					containsString("aria-label=\"Pages\""), containsString("aria-current=\"page\""),
					containsString("href=\"/articles?page=2\""))));
		mvc.perform(get("/articles").param("page", "3").param("sort", "title"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Page 3 of 3"), containsString("rel=\"prev\""),
					containsString("href=\"/articles?sort=title&amp;page=2\""), not(containsString("rel=\"next\"")))));
	}

	@Test
	void pageNumbersThatAreNotPagesGetAClearAnswer() throws Exception {
		mvc.perform(get("/articles").param("page", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Page numbers are whole numbers, starting at 1.")));
		mvc.perform(get("/articles").param("page", "-1")).andExpect(status().isBadRequest());
		mvc.perform(get("/articles").param("page", "0")).andExpect(status().isBadRequest());
		mvc.perform(get("/articles").param("page", "1.5")).andExpect(status().isBadRequest());
		mvc.perform(get("/articles").param("page", "99"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no page 99 in this list; it has 1 page.")));
		mvc.perform(get("/articles").param("page", "99999999999999999999999")).andExpect(status().isNotFound());
		mvc.perform(get("/topics/sleep-and-pain").param("page", "<script>")).andExpect(status().isBadRequest());
		mvc.perform(get("/search").param("q", "pain").param("page", "NaN")).andExpect(status().isBadRequest());
	}

	@Test
	void topicPageListsItsArticles() throws Exception {
		mvc.perform(get("/topics/sleep-and-pain"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Sleep and pain</h1>"),
					containsString("href=\"/articles/sleeping-better-with-persistent-pain\""),
					not(containsString("href=\"/articles/pregabalin\"")))));
	}

	@Test
	void sitePagesAreServed() throws Exception {
		for (String page : new String[] { "/about", "/help", "/get-involved", "/privacy", "/accessibility",
				"/guidelines" }) {
			mvc.perform(get(page)).andExpect(status().isOk()).andExpect(content().string(containsString("<h1>")));
		}
		mvc.perform(get("/guidelines"))
			.andExpect(content().string(
					allOf(containsString("<h1>Community guidelines</h1>"), containsString("What we do not publish"))));
		mvc.perform(get("/articles/pregabalin"))
			.andExpect(content().string(containsString("<a href=\"/guidelines\">Read our community guidelines.</a>")));
		mvc.perform(get("/help")).andExpect(content().string(containsString("id=\"contact\"")));
	}

	@Test
	void sitemapListsPublishedArticlesAndRobotsPointsToIt() throws Exception {
		mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("application/xml")))
			.andExpect(content().string(allOf(containsString("<loc>http://localhost:8080/articles/amitriptyline</loc>"),
					containsString("<loc>http://localhost:8080/topics/sleep-and-pain</loc>"),
					containsString("<loc>http://localhost:8080/about</loc>"),
					containsString("<loc>http://localhost:8080/guidelines</loc>"))));
		mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Disallow: /staff"),
					containsString("Sitemap: http://localhost:8080/sitemap.xml"))));
	}

	@Test
	void everyPageSendsAStrictContentSecurityPolicyAndTheUsualHeaders() throws Exception {
		mvc.perform(get("/articles/amitriptyline"))
			.andExpect(header().string("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().exists("Permissions-Policy"));
	}

	@Test
	void pagesHaveNoInlineScriptOrStyle() throws Exception {
		for (String page : new String[] { "/", "/articles", "/articles/amitriptyline", "/search?q=sleep", "/about",
				"/nope" }) {
			String html = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
			assertThat(html).as(page)
				.doesNotContainPattern("(?i)<script(?![^>]*\\bsrc=)(?![^>]*application/ld\\+json)");
			assertThat(html).as(page).doesNotContainPattern("(?i)\\sstyle\\s*=");
			assertThat(html).as(page).doesNotContainPattern("(?i)<style");
			assertThat(html).as(page).doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
			assertThat(html).as(page).doesNotContainPattern("(?i)javascript:");
		}
	}

	@Test
	void staticFilesHaveVersionedUrlsAndLongCacheLifetimes() throws Exception {
		String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/css/site-[0-9a-f]{32}\\.css)\"")
			.matcher(html);
		assertThat(css.find()).as("versioned stylesheet link").isTrue();
		mvc.perform(get(css.group(1)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
	}

	@Test
	void onlyTheStaticFoldersAreLookedUpAsFiles(@Autowired ResourceUrlProvider resources) throws Exception {
		assertThat(resources.getHandlerMap().keySet()).containsExactlyInAnyOrder("/css/**", "/js/**", "/img/**");
		assertThat(resources.getForLookupPath("/articles/amitriptyline")).as("a page link is left alone").isNull();
		mvc.perform(get("/css/site.css")).andExpect(status().isOk());
		mvc.perform(get("/static/css/site.css")).andExpect(status().isNotFound());
		mvc.perform(get("/application.properties")).andExpect(status().isNotFound());
	}

	@Test
	void staffPagesNeedALogin() throws Exception {
		mvc.perform(get("/staff")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Staff sign in")));
	}

	@Test
	void firewallRejectionsAreBadRequestsNotErrors() throws Exception {
		mvc.perform(get("/articles/a%2e%2e%2fb")).andExpect(status().is4xxClientError());
		mvc.perform(get("/articles/;jsessionid=1")).andExpect(status().is4xxClientError());
	}

}
