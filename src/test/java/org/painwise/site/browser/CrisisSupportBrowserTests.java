package org.painwise.site.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.painwise.site.TestDatabase;
import org.painwise.site.shared.SiteSecrets;
import org.painwise.site.shared.VisitorAddress;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone on a phone whose comment suggests they may be in crisis: wherever the page
 * lands after they post, whether the comment was taken, refused with errors or refused by
 * the hourly limit, the first thing they see is where to get help now, with numbers they
 * can tap to call.
 *
 * <p>
 * This class has its own database (its hourly limit differs from the other browser
 * tests'), so the comments it posts from this machine's address never count against
 * theirs.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "comments.per-hour-limit=4")
@Import(TestDatabase.class)
@ActiveProfiles("dev")
class CrisisSupportBrowserTests {

	private static final String WORDS = "There's no point anymore. I'm thinking about taking all my tablets at once.";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VisitorAddress visitorAddress;

	@Autowired
	SiteSecrets secrets;

	@BeforeEach
	void onAPhone() {
		browser.driver()
			.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
		browser.driver().manage().deleteAllCookies();
		jdbc.sql("delete from comment where ip_hash = ?").param(visitorAddress.hashOf("127.0.0.1")).update();
	}

	@Test
	void afterPostingOnALongPageTheSupportBoxIsInViewAndStaysAfterAReload() {
		ChromeDriver driver = browser.driver();
		WebElement box = post("amitriptyline", "sam@example.com", "li.comment-held .crisis-box",
				"crisis-after-posting-390");
		assertInView(box);
		new WebDriverWait(driver, Duration.ofSeconds(5)).withMessage("focus should move to the support box")
			.until(d -> (Boolean) driver.executeScript("return document.activeElement === arguments[0];", box));
		assertDialable(box);
		WebElement thanks = driver.findElement(By.cssSelector("li.comment-held .comment-notice"));
		assertThat(bounds(thanks).get("bottom")).as("the thanks is in the window too")
			.isLessThanOrEqualTo(bounds(thanks).get("height"));
		assertThat(thanks.getText()).contains("Thank you — your comment is awaiting moderation");

		driver.navigate().refresh();
		WebElement again = driver.findElement(By.cssSelector("li.comment-held .crisis-box"));
		assertThat(again.getText()).contains("If you are struggling right now");
		assertDialable(again);
		List<Axe.Violation> violations = Axe.check(driver);
		assertThat(violations).as(Axe.describe(violations)).isEmpty();
	}

	@Test
	void aPostRefusedForAMistakeShowsTheSupportBoxFirstAndKeepsTheText() {
		ChromeDriver driver = browser.driver();
		WebElement box = post("pregabalin", "not an email address", ".crisis-box", "crisis-after-error-390");
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertInView(box);
		assertDialable(box);
		assertThat(driver.findElement(By.id("comment-body")).getDomProperty("value")).isEqualTo(WORDS);
		assertThat(driver.findElement(By.cssSelector(".error-summary")).getText()).contains("Enter an email address");
		List<Axe.Violation> violations = Axe.check(driver);
		assertThat(violations).as(Axe.describe(violations)).isEmpty();
	}

	@Test
	void aPostOverTheHourlyLimitShowsTheSupportBoxFirstAndSaysWhenToTryAgain() {
		String address = visitorAddress.hashOf("127.0.0.1");
		for (int i = 0; i < 4; i++) {
			jdbc.sql("""
					insert into comment (article_id, status, author_name, author_email, body, created_at, ip_hash)
					values ((select id from article where slug = 'pregabalin'), 'HELD', 'Sam', 'sam@example.com', ?,
					        now() - interval '10 minutes', ?)""").params("Earlier comment " + i, address).update();
		}
		ChromeDriver driver = browser.driver();
		WebElement box = post("pregabalin", "sam@example.com", ".crisis-box", "crisis-after-limit-390");
		assertInView(box);
		assertDialable(box);
		assertThat(driver.findElement(By.id("problem")).getText()).contains("You can post again after")
			.contains("in about 50 minutes");
		assertThat(driver.findElement(By.id("comment-body")).getDomProperty("value")).isEqualTo(WORDS);
	}

	@Test
	void everyNumberOnTheHelpPageCanBeTappedToCall() {
		ChromeDriver driver = browser.driver();
		driver.get(url("/help"));
		String page = driver.findElement(By.tagName("main")).getText();
		for (String number : List.of("999", "111", "116 123", "0306 999 0123")) {
			assertThat(page).contains(number);
			List<WebElement> links = driver.findElements(By.xpath("//main//a[normalize-space(.)='" + number + "']"));
			assertThat(links).as("a link for " + number).isNotEmpty();
			assertThat(links.get(0).getDomAttribute("href")).isEqualTo("tel:" + number.replace(" ", ""));
		}
	}

	/**
	 * The element starts in the upper half of the window: the first thing a person sees.
	 */
	private void assertInView(WebElement element) {
		Map<String, Double> box = bounds(element);
		assertThat(box.get("top")).as("top of %s within the window", element.getDomAttribute("class"))
			.isBetween(-1.0, box.get("height") / 2);
	}

	/** Where an element is in the window: its top and bottom, and the window's height. */
	private Map<String, Double> bounds(WebElement element) {
		@SuppressWarnings("unchecked")
		Map<String, Object> box = (Map<String, Object>) browser.driver().executeScript("""
				const r = arguments[0].getBoundingClientRect();
				return {top: r.top, bottom: r.bottom, height: window.innerHeight};""", element);
		return Map.of("top", ((Number) box.get("top")).doubleValue(), "bottom",
				((Number) box.get("bottom")).doubleValue(), "height", ((Number) box.get("height")).doubleValue());
	}

	private static void assertDialable(WebElement box) {
		List<String> tel = box.findElements(By.cssSelector("a[href^='tel:']"))
			.stream()
			.map(a -> a.getDomAttribute("href"))
			.toList();
		assertThat(tel).contains("tel:999", "tel:116123", "tel:111", "tel:03069990123");
	}

	/**
	 * Writes {@link #WORDS} in an article's comment form as a person would and sends it.
	 * @return the support box on the page that came back, once it is there
	 */
	private WebElement post(String slug, String email, String boxSelector, String screenshot) {
		ChromeDriver driver = browser.driver();
		driver.get(url("/articles/" + slug));
		Reader.fillCommentForm(browser.driver(), "Sam", email, WORDS);
		Reader.tookAMinuteToWrite(driver, secrets);
		driver.findElement(By.cssSelector("#comment-form button[type=submit]")).click();
		WebElement box = new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> d.findElement(By.cssSelector(boxSelector)));
		saveWindow(screenshot);
		return box;
	}

	private void saveWindow(String name) {
		try {
			Path dir = Path.of("target", "screenshots");
			Files.createDirectories(dir);
			Files.write(dir.resolve(name + ".png"), browser.driver().getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException | RuntimeException ex) {
			System.out.println("Could not save the screenshot " + name + ": " + ex);
		}
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

}
