package org.painwise.site.ratings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.painwise.site.ServerTest;
import org.painwise.site.browser.Browser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader rating the sample article and its comments in a real browser (headless
 * Chromium), with JavaScript and without it, by mouse and by keyboard. Each test is a new
 * visitor, with no cookies, in the one browser of the class. axe-core checks the page
 * with all its stars in {@code ReadingPagesBrowserTests}, the one check of that page.
 * Screenshots of the stars are saved in {@code target/screenshots}.
 */
@ServerTest
class RatingInBrowserTests {

	private static final String FILLED = "rgb(194, 113, 0)";

	private static final String EMPTY = "rgb(255, 255, 255)";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	static final Browser browser = new Browser();

	@BeforeEach
	void newVisitor() {
		browser.forgetVisitor();
	}

	@AfterEach
	void javascriptBackOn() {
		browser.javascript(true);
	}

	@Test
	void withJavaScriptAVoteUpdatesTheSummaryWithoutReloadingThePage() throws Exception {
		WebDriver driver = browser.driver();
		long article = id("select id from article where slug = 'amitriptyline'");
		RatingSummary before = summaryOf("ARTICLE", article);
		driver.get(url("/articles/amitriptyline"));
		WebElement form = driver.findElement(By.id("rating-article-" + article));
		scrollTo(driver, form);
		recordMessages(driver, form);

		form.findElement(By.xpath(".//label[input[@value='5']]")).click();
		form.findElement(By.cssSelector("button[type='submit']")).click();

		String expected = text(new RatingSummary(before.count() + 1, before.sum() + 5));
		waitFor(driver, form, ".rating-summary", expected);
		assertThat(recordedMessages(driver)).containsSubsequence("Please wait...", "Thank you for rating this.");
		assertThat(form.findElement(By.cssSelector(".rating-own")).getText()).isEqualTo("You rated this 5 out of 5.");
		assertThat(((JavascriptExecutor) driver).executeScript("return window.samePage === true")).isEqualTo(true);
		assertThat(summaryOf("ARTICLE", article)).isEqualTo(new RatingSummary(before.count() + 1, before.sum() + 5));
		screenshot(form, "ratings-article-after-vote-js.png");

		// a second vote is refused and changes nothing
		form.findElement(By.xpath(".//label[input[@value='2']]")).click();
		form.findElement(By.cssSelector("button[type='submit']")).click();
		waitFor(driver, form, ".rating-message",
				"This has already been rated from this device, or from your connection today. The first rating counts.");
		assertThat(form.findElement(By.cssSelector(".rating-summary")).getText()).isEqualTo(expected);
		assertThat(summaryOf("ARTICLE", article)).isEqualTo(new RatingSummary(before.count() + 1, before.sum() + 5));
	}

	@Test
	void withJavaScriptArrowsChooseAndEnterOrSpaceVote() throws Exception {
		WebDriver driver = browser.driver();
		long maria = firstComment("Maria");
		long agnieszka = firstComment("Agnieszka Wójcik");
		RatingSummary mariaBefore = summaryOf("COMMENT", maria);
		RatingSummary agnieszkaBefore = summaryOf("COMMENT", agnieszka);
		driver.get(url("/articles/amitriptyline"));

		WebElement form = driver.findElement(By.id("rating-comment-" + maria));
		scrollTo(driver, form);
		form.findElement(By.xpath(".//label[input[@value='3']]")).click();
		// the pointer moves away, so what shows is the keyboard's choice rather than the
		// pointer's
		new Actions(driver).moveToElement(driver.findElement(By.tagName("h1"))).perform();
		scrollTo(driver, form);
		new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
		assertThat(form.findElement(By.cssSelector("input[value='4']")).isSelected()).isTrue();
		// the star that has the keyboard focus is highlighted, and the stars up to it are
		// filled
		WebElement fourth = form.findElement(By.xpath(".//label[input[@value='4']]"));
		assertThat(fourth.getCssValue("background-color")).isEqualTo("rgba(255, 221, 0, 1)");
		assertThat(fills(form)).containsExactly(FILLED, FILLED, FILLED, FILLED, EMPTY);
		screenshot(form, "ratings-comment-keyboard-focus.png");
		new Actions(driver).sendKeys(Keys.ENTER).perform();
		waitFor(driver, form, ".rating-summary",
				text(new RatingSummary(mariaBefore.count() + 1, mariaBefore.sum() + 4)));
		assertThat(form.findElement(By.cssSelector(".rating-message")).getText())
			.isEqualTo("Thank you for rating this.");

		WebElement other = driver.findElement(By.id("rating-comment-" + agnieszka));
		scrollTo(driver, other);
		other.findElement(By.xpath(".//label[input[@value='2']]")).click();
		new Actions(driver).sendKeys(Keys.ARROW_LEFT).sendKeys(Keys.SPACE).perform();
		waitFor(driver, other, ".rating-summary",
				text(new RatingSummary(agnieszkaBefore.count() + 1, agnieszkaBefore.sum() + 1)));
		assertThat(summaryOf("COMMENT", agnieszka))
			.isEqualTo(new RatingSummary(agnieszkaBefore.count() + 1, agnieszkaBefore.sum() + 1));
	}

	@Test
	void pointingAtAStarShowsTheRatingItWouldGive() throws Exception {
		WebDriver driver = browser.driver();
		long article = id("select id from article where slug = 'amitriptyline'");
		driver.get(url("/articles/amitriptyline"));
		WebElement form = driver.findElement(By.id("rating-article-" + article));
		scrollTo(driver, form);
		assertThat(fills(form)).containsOnly(EMPTY);
		new Actions(driver).moveToElement(form.findElement(By.xpath(".//label[input[@value='3']]"))).perform();
		assertThat(fills(form)).containsExactly(FILLED, FILLED, FILLED, EMPTY, EMPTY);
		screenshot(form, "ratings-article-hover-3.png");
	}

	@Test
	void withoutJavaScriptTheFormPostsAndTheReaderLandsBackAtTheComment() throws Exception {
		browser.javascript(false);
		WebDriver driver = browser.driver();
		long dave = firstComment("Dave P");
		RatingSummary before = summaryOf("COMMENT", dave);
		driver.get(url("/articles/amitriptyline"));
		WebElement form = driver.findElement(By.id("rating-comment-" + dave));
		scrollTo(driver, form);
		form.findElement(By.xpath(".//label[input[@value='4']]")).click();
		form.findElement(By.cssSelector("button[type='submit']")).click();

		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.urlContains("#rating-comment-" + dave));
		assertThat(driver.getCurrentUrl()).endsWith("/articles/amitriptyline#rating-comment-" + dave);
		form = driver.findElement(By.id("rating-comment-" + dave));
		assertThat(form.findElement(By.cssSelector(".rating-summary")).getText())
			.isEqualTo(text(new RatingSummary(before.count() + 1, before.sum() + 4)));
		assertThat(form.findElement(By.cssSelector(".rating-message")).getText())
			.isEqualTo("Thank you for rating this.");
		// the reader is where they were: the comment's stars come on screen (the site
		// scrolls smoothly)
		WebElement landed = form;
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> ((JavascriptExecutor) d).executeScript(
				"var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
				landed));
		WebElement comment = driver.findElement(By.cssSelector("#comment-" + dave + " > .comment-box"));
		scrollTo(driver, comment);
		screenshot(comment, "ratings-comment-after-vote-no-js.png");

		// a second vote is refused with a page that says so and leads back
		form.findElement(By.xpath(".//label[input[@value='1']]")).click();
		form.findElement(By.cssSelector("button[type='submit']")).click();
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Your rating was not counted"));
		assertThat(driver.findElement(By.cssSelector("main")).getText())
			.contains("This has already been rated from this device");
		driver.findElement(By.linkText("Back to Amitriptyline for pain")).click();
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.urlContains("#rating-comment-" + dave));
		assertThat(summaryOf("COMMENT", dave)).isEqualTo(new RatingSummary(before.count() + 1, before.sum() + 4));
	}

	@Test
	void theArticlePageHasStarsForTheArticleAndEachComment() {
		browser.driver().get(url("/articles/amitriptyline"));
		assertThat(browser.driver().findElements(By.cssSelector("form.rating"))).hasSizeGreaterThan(10);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private long id(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private long firstComment(String author) {
		return jdbc.sql("""
				select c.id from comment c join article a on a.id = c.article_id
				where a.slug = 'amitriptyline' and c.author_name = ? and c.status = 'PUBLISHED' and c.parent_id is null
				order by c.created_at limit 1""").param(author).query(Long.class).single();
	}

	private RatingSummary summaryOf(String kind, long id) {
		return new RatingFixtures(jdbc).stored(kind, id);
	}

	private static String text(RatingSummary summary) {
		return summary.count() == 1 ? "Rating: " + summary.average() + "/5. From 1 vote."
				: "Rating: " + summary.average() + "/5. From " + summary.count() + " votes.";
	}

	private static void scrollTo(WebDriver driver, WebElement element) {
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
	}

	/**
	 * Notes every text the form's message line shows, and marks the page to tell if it
	 * reloads.
	 */
	private static void recordMessages(WebDriver driver, WebElement form) {
		((JavascriptExecutor) driver).executeScript("""
				window.samePage = true;
				window.messages = [];
				var status = arguments[0].querySelector('.rating-status');
				new MutationObserver(function () {
				  var line = status.querySelector('.rating-message');
				  var text = line ? line.textContent : null;
				  if (text && window.messages[window.messages.length - 1] !== text) { window.messages.push(text); }
				}).observe(status, { childList: true, subtree: true, characterData: true });""", form);
	}

	@SuppressWarnings("unchecked")
	private static List<String> recordedMessages(WebDriver driver) {
		return (List<String>) ((JavascriptExecutor) driver).executeScript("return window.messages;");
	}

	private static void waitFor(WebDriver driver, WebElement form, String selector, String text) {
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElement(form.findElement(By.cssSelector(selector)), text));
	}

	private static List<String> fills(WebElement form) {
		return form.findElements(By.cssSelector(".star")).stream().map(star -> star.getCssValue("fill")).toList();
	}

	private static void screenshot(WebElement element, String name) throws Exception {
		Path folder = Path.of("target", "screenshots");
		Files.createDirectories(folder);
		Files.write(folder.resolve(name), element.getScreenshotAs(OutputType.BYTES));
	}

}
