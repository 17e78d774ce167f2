package org.painwise.site.browser;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.painwise.site.ServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Printing an article gives the article, its dates, references and disclaimer and the
 * address of the page, without the comments, forms and navigation that only work on
 * screen.
 */
@ServerTest
class PrintingBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	/** A page object in a PDF; "/Type /Pages" is the tree that holds them, not a page. */
	private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page(?!s)");

	@LocalServerPort
	int port;

	@AfterEach
	void backToTheScreen() {
		driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
	}

	@Test
	void theArticleIsPrintedWithoutCommentsFormsOrNavigation() {
		driver().get(url("/articles/amitriptyline"));
		assertThat(driver().findElement(By.cssSelector(".page-address")).isDisplayed())
			.as("the page's address is for paper only")
			.isFalse();

		driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

		for (String printed : List.of("h1", ".standfirst", ".byline", ".article-dates", ".article-body", ".faqs",
				".references", ".disclaimer", ".page-address")) {
			assertThat(driver().findElement(By.cssSelector(printed)).isDisplayed()).as("%s is printed", printed)
				.isTrue();
		}
		assertThat(driver().findElement(By.cssSelector(".page-address")).getText())
			.isEqualTo("Printed from http://localhost:8080/articles/amitriptyline")
			.endsWith(driver().findElement(By.cssSelector("link[rel=canonical]")).getDomAttribute("href"));
		for (String left : List.of("#comments", ".comment", "#comment-form", "form.site-search", ".article-rating",
				"nav.main-nav", "nav.breadcrumb", "nav.contents", ".related", ".skip-link", ".helpline-bar",
				".site-footer")) {
			List<WebElement> elements = driver().findElements(By.cssSelector(left));
			assertThat(elements).as("%s is on the page", left).isNotEmpty();
			assertThat(elements).as("%s is left off the paper", left).noneMatch(WebElement::isDisplayed);
		}
		assertThat(driver().findElements(By.tagName("form"))).as("no form is printed")
			.noneMatch(WebElement::isDisplayed);
		WebElement reference = driver().findElement(By.cssSelector(".references a[href^=http]"));
		assertThat(
				(String) driver().executeScript("return getComputedStyle(arguments[0], '::after').content;", reference))
			.as("a reference's web address is printed after it")
			.isEqualTo("\" (" + reference.getDomAttribute("href") + ")\"");
		browser.saveScreenshot("amitriptyline-print");
	}

	@Test
	void theLongestArticleWithItsConversationFitsOnEightA4Pages() {
		driver().get(url("/articles/amitriptyline"));
		assertThat(driver().findElements(By.cssSelector("li.comment"))).as("the comments on screen")
			.hasSizeGreaterThan(20);

		Map<String, Object> pdf = driver().executeCdpCommand("Page.printToPDF",
				Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", false));
		String document = new String(Base64.getDecoder().decode((String) pdf.get("data")), StandardCharsets.ISO_8859_1);

		assertThat(document).startsWith("%PDF");
		assertThat(pages(document)).as("A4 pages the amitriptyline article prints on").isBetween(2, 8);
	}

	private static int pages(String pdf) {
		Matcher page = PDF_PAGE.matcher(pdf);
		int count = 0;
		while (page.find()) {
			count++;
		}
		return count;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static ChromeDriver driver() {
		return browser.driver();
	}

}
