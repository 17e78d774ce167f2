package org.painwise.site.moderation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.painwise.site.ServerTest;
import org.painwise.site.browser.Axe;
import org.painwise.site.browser.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A moderator in a real browser (headless Chromium): signs in as the demo moderator,
 * publishes a held comment, replies with a standard response, and sees the reply on the
 * article page signed and marked as the charity's. The queue has no accessibility
 * violations according to axe-core. Without Chromium and chromedriver the test is skipped
 * with the reason; with {@code CI=true} it fails instead.
 */
@ServerTest
class ModerationBrowserTests {

	@RegisterExtension
	static final Browser chromium = new Browser();

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void useTheBrowser() {
		browser = chromium.driver();
		browser.manage().window().setSize(new Dimension(1280, 1600));
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	@Test
	void aModeratorPublishesRepliesWithAStandardResponseAndTheReaderSeesTheSignedReply() throws Exception {
		long article = jdbc.sql("select id from article where slug = 'pregabalin'").query(Long.class).single();
		long toPublish = held(article, "Nerys Browser", "Thank you, the bit about the 28-day prescriptions helped.",
				"{}");
		long toAnswer = held(article, "Glenys Browser", "Should I take my pregabalin earlier in the evening?",
				"{MEDICAL_ADVICE}");

		open("/login");
		browser.findElement(By.id("username")).sendKeys("moderator@painwise.example");
		browser.findElement(By.id("password")).sendKeys("moderate-with-kindness");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitForPath("/staff");

		long crisis = held(article, "Dilys Browser", "Some nights I can't go on with this.", "{CRISIS}");
		open("/staff/moderation?article=" + article);
		assertThat(axeViolations()).as("axe-core violations on the queue").isEmpty();
		screenshot("queue");

		// a comment with crisis language is blurred until the moderator shows it, from
		// the keyboard
		WebElement sensitive = browser.findElement(By.cssSelector("#comment-" + crisis + " details.sensitive-comment"));
		assertThat(sensitive.getAttribute("open")).isNull();
		assertThat(
				browser.findElement(By.cssSelector("#comment-" + crisis + " .sensitive-preview")).getCssValue("filter"))
			.contains("blur");
		sensitive.findElement(By.tagName("summary")).sendKeys(Keys.ENTER);
		assertThat(sensitive.getAttribute("open")).isNotNull();
		assertThat(sensitive.getText()).contains("Some nights I can't go on with this.");
		// and claimed, so other moderators see someone is on it
		browser.findElement(By.cssSelector("#comment-" + crisis + " form.claim-form button")).click();
		assertThat(browser.findElement(By.cssSelector("#comment-" + crisis + " p.claim")).getText())
			.startsWith("You are looking at this, since");
		assertThat(axeViolations()).as("axe-core violations on the queue with a claim").isEmpty();
		screenshot("queue-claimed");
		jdbc.sql("update comment set status = 'SPAM' where id = ?").param(crisis).update();

		// keyboard: "?" shows the list of shortcuts; on the comment in the address, "p"
		// publishes it
		new Actions(browser).sendKeys("?").perform();
		assertThat(browser.findElement(By.id("shortcuts")).getAttribute("open")).isNotNull();
		new Actions(browser).sendKeys("?").perform();
		open("/staff/moderation?article=" + article + "#comment-" + toPublish);
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("comment-" + toPublish);
		new Actions(browser).sendKeys("p").perform();
		assertThat(browser.findElement(By.cssSelector(".notice-success")).getText())
			.isEqualTo("Published the comment by Nerys Browser.");
		assertThat(browser.getCurrentUrl()).contains("/staff/moderation?article=" + article);
		assertThat(status(toPublish)).isEqualTo("PUBLISHED");

		WebElement replyLink = browser.findElement(By.id("comment-" + toAnswer))
			.findElement(By.cssSelector(".queue-actions a"));
		assertThat(replyLink.getAttribute("textContent")).isEqualTo("Publish and reply to Glenys Browser");
		replyLink.click();
		new Select(browser.findElement(By.id("response")))
			.selectByVisibleText("Can’t advise on your own case (suggested)");
		WebElement box = browser.findElement(By.id("body"));
		assertThat(box.getAttribute("value")).startsWith("Hi Glenys, thank you for your comment.")
			.contains("0306 999 0123");
		box.sendKeys("\n\nI hope the evenings get easier.");
		screenshot("reply");
		browser.findElement(By.cssSelector("form.reply-form button[type=submit]")).click();
		assertThat(browser.findElement(By.cssSelector(".notice-success")).getText())
			.isEqualTo("Your reply to Glenys Browser is published under their comment.");
		assertThat(axeViolations()).as("axe-core violations on the queue after replying").isEmpty();

		for (String page : new String[] { "/staff/responses", "/staff/responses/new", "/staff/audit",
				"/staff/moderation/alerts", "/staff" }) {
			open(page);
			assertThat(axeViolations()).as("axe-core violations on " + page).isEmpty();
		}
		// blocking a writer: the form, then the list of blocks, both checked by axe
		long rude = held(article, "Tomos Browser", "Rude words for the browser test.", "{}");
		open("/staff/moderation/" + rude + "/block");
		assertThat(axeViolations()).as("axe-core violations on the block form").isEmpty();
		browser.findElement(By.id("reason")).sendKeys("Rude to other readers");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(browser.findElement(By.cssSelector(".notice-success")).getText())
			.startsWith("Blocked Tomos Browser (b•••@example.com).");
		assertThat(browser.findElement(By.cssSelector("table.data-table")).getText()).contains("Rude to other readers");
		assertThat(axeViolations()).as("axe-core violations on the blocked list").isEmpty();
		screenshot("blocked");

		open("/staff/responses");
		screenshot("responses");
		browser.findElement(By.linkText("Urgent support")).click();
		assertThat(axeViolations()).as("axe-core violations on a response's page").isEmpty();
		screenshot("response");

		long reply = jdbc.sql("select id from comment where parent_id = ? and staff_name is not null")
			.param(toAnswer)
			.query(Long.class)
			.single();
		open("/articles/pregabalin");
		WebElement shown = browser.findElement(By.id("comment-" + reply));
		assertThat(shown.getText()).contains("Painwise team", "Hi Glenys, thank you for your comment.",
				"I hope the evenings get easier.", "James, Painwise");
		assertThat(browser.findElement(By.id("comment-" + toAnswer)).getText())
			.contains("Should I take my pregabalin earlier in the evening?");
	}

	private long held(long article, String name, String body, String flags) {
		long id = jdbc.sql("""
				insert into comment (article_id, status, author_name, author_email, body, created_at, flags)
				values (?, 'HELD', ?, 'browser@example.com', ?, now() - interval '2 hours', cast(? as text[]))
				returning id""").params(article, name, body, flags).query(Long.class).single();
		jdbc.sql("update comment set root_id = id where id = ?").param(id).update();
		return id;
	}

	private String status(long id) {
		return jdbc.sql("select status from comment where id = ?").param(id).query(String.class).single();
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private void waitForPath(String path) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().endsWith(path));
	}

	private List<Axe.Violation> axeViolations() {
		List<Axe.Violation> violations = Axe.check(chromium.driver());
		if (!violations.isEmpty()) {
			System.out.println("axe-core:\n" + Axe.describe(violations));
		}
		return violations;
	}

	private void screenshot(String name) throws IOException {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve("moderation-" + name + ".png"),
				((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

}
