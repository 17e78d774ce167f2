package org.painwise.site.browser;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.painwise.site.ServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages a reader reads, in a real headless Chromium against the running site with its
 * sample content: axe-core finds no accessibility problems, the strict Content Security
 * Policy blocks nothing the site itself needs, and the page works from the keyboard.
 */
@ServerTest
class ReadingPagesBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	/**
	 * A page and the main heading a reader should see on it, so a check can never pass on
	 * the wrong page (an error page instead of the article, say).
	 */
	record ReadingPage(String path, String heading) {
	}

	static Stream<Named<ReadingPage>> readingPages() {
		return Stream.of(Named.of("home", new ReadingPage("/", "Information you can trust about living with pain")),
				Named.of("article-list", new ReadingPage("/articles", "Information & resources")),
				// the longest conversation, with stars on every comment: axe's one check
				// of that page
				Named.of("article", new ReadingPage("/articles/amitriptyline", "Amitriptyline")),
				Named.of("search-results", new ReadingPage("/search?q=titrating", "Search")),
				Named.of("not-found", new ReadingPage("/articles/no-such-article", "Page not found")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("readingPages")
	void axeFindsNoAccessibilityViolations(ReadingPage page) {
		open(page);
		browser.saveScreenshot(screenshotName(page));
		List<Axe.Violation> violations = Axe.check(browser.driver());
		assertThat(violations).as("axe-core violations on %s:%n%s", page.path(), Axe.describe(violations)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("readingPages")
	void contentSecurityPolicyBlocksNothingOnThePage(ReadingPage page) {
		browser.takeConsoleLog(); // start from an empty console
		open(page);
		List<String> blocked = browser.takeConsoleLog()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy"))
			.toList();
		assertThat(blocked).as("Content Security Policy errors in the browser console on %s", page.path()).isEmpty();
	}

	@Test
	void searchResultsListTheArticlesThatMention() {
		open(new ReadingPage("/search?q=titrating", "Search"));
		assertThat(driver().findElement(By.cssSelector(".result-count")).getText()).contains("titrating");
		assertThat(driver().findElements(By.cssSelector("ol.results li"))).isNotEmpty();
	}

	@Test
	void theContentsLinksTakeTheReaderToTheirSection() {
		open(new ReadingPage("/articles/amitriptyline", "Amitriptyline"));
		WebElement firstLink = driver().findElement(By.cssSelector("nav.contents a"));
		String linkText = firstLink.getText();
		String fragment = firstLink.getDomAttribute("href");
		assertThat(fragment).startsWith("#").hasSizeGreaterThan(1);

		firstLink.click();

		assertThat(driver().getCurrentUrl()).endsWith(fragment);
		WebElement section = driver().findElement(By.id(fragment.substring(1)));
		assertThat(section.getTagName()).isEqualTo("h2");
		assertThat(section.getText()).isEqualTo(linkText);
		assertThat(driver().executeScript("return document.querySelector(':target') === arguments[0];", section))
			.as("the section heading is the page's :target")
			.isEqualTo(true);
		// the site scrolls smoothly unless the reader asks for reduced motion, so wait
		// for it to arrive
		new WebDriverWait(driver(), Duration.ofSeconds(5)).withMessage("the section heading scrolls into view")
			.until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript("""
					var top = arguments[0].getBoundingClientRect().top;
					return window.scrollY > 0 && top >= 0 && top < window.innerHeight / 2;
					""", section)));
	}

	@Test
	void skipToMainContentIsTheFirstTabStopAndMovesFocusToTheMainContent() {
		open(new ReadingPage("/articles/amitriptyline", "Amitriptyline"));
		driver().executeScript("document.activeElement && document.activeElement.blur();");

		new Actions(driver()).sendKeys(Keys.TAB).perform();

		WebElement focused = driver().switchTo().activeElement();
		assertThat(focused.getTagName()).isEqualTo("a");
		assertThat(focused.getText()).isEqualTo("Skip to main content");
		assertThat(focused.isDisplayed()).as("the skip link shows when it has focus").isTrue();

		new Actions(driver()).sendKeys(Keys.ENTER).perform();

		assertThat(driver().getCurrentUrl()).endsWith("#main");
		assertThat(driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("main");
	}

	private void open(ReadingPage page) {
		driver().get("http://localhost:" + this.port + page.path());
		assertThat(driver().findElement(By.tagName("h1")).getText()).as("main heading of %s", page.path())
			.contains(page.heading());
	}

	private static String screenshotName(ReadingPage page) {
		String name = page.path().equals("/") ? "home" : page.path().substring(1);
		return name.replaceAll("[^A-Za-z0-9]+", "-");
	}

	private static ChromeDriver driver() {
		return browser.driver();
	}

}
