package org.painwise.site.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.painwise.site.ServerTest;
import org.painwise.site.comments.FormStarts;
import org.painwise.site.shared.SiteSecrets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader commenting in a real browser, with JavaScript on: the reply form moves under
 * the comment being answered, and the posted reply appears in place, held for moderation.
 */
@ServerTest
class CommentingBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	SiteSecrets secrets;

	@Test
	void aReplyWithJavaScriptMovesTheFormUnderTheCommentAndIsHeldInPlace() {
		ChromeDriver driver = browser.driver();
		driver.get(url("/articles/sleeping-better-with-persistent-pain"));
		WebElement firstComment = driver.findElement(By.cssSelector("#comments .comment-list > li.comment"));
		String author = firstComment.findElement(By.cssSelector(".comment-author")).getText();
		firstComment.findElement(By.cssSelector(".reply-link")).click();

		assertThat(driver.getCurrentUrl()).as("no page change with JavaScript").doesNotContain("/reply");
		WebElement form = driver.findElement(By.id("comment-form"));
		assertThat((Boolean) driver.executeScript("return arguments[0].contains(arguments[1]);", firstComment, form))
			.as("the form sits under the comment being answered")
			.isTrue();
		assertThat(driver.findElement(By.id("comment-form-heading")).getText()).isEqualTo("Reply to " + author);
		assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("comment-body");

		Reader.fillCommentForm(browser.driver(), "Gwen", "gwen@example.com",
				"Thank you, the wind-down hour idea helped me too. 😊");
		Reader.tookAMinuteToWrite(driver, secrets);
		driver.findElement(By.cssSelector("#comment-form button[type=submit]")).click();

		WebElement notice = new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> d.findElement(By.cssSelector("#comments .notice-success")));
		assertThat(notice.getText()).contains("Thank you — your comment is awaiting moderation");
		WebElement held = driver.findElement(By.cssSelector("li.comment-held"));
		assertThat(held.getText()).contains("Gwen", "Awaiting moderation.",
				"the wind-down hour idea helped me too. 😊");
		assertThat((Boolean) driver.executeScript("return arguments[0].closest('.comment-replies') !== null;", held))
			.as("the held reply shows under the comment it answers")
			.isTrue();
	}

	@Test
	void cancellingAReplyPutsTheFormBack() {
		ChromeDriver driver = browser.driver();
		driver.get(url("/articles/sleeping-better-with-persistent-pain"));
		WebElement firstComment = driver.findElement(By.cssSelector("#comments .comment-list > li.comment"));
		firstComment.findElement(By.cssSelector(".reply-link")).click();
		driver.findElement(By.id("comment-cancel-reply")).click();
		assertThat((Boolean) driver.executeScript(
				"return document.getElementById('comment-form-home').contains(document.getElementById('comment-form'));"))
			.isTrue();
		assertThat(driver.findElement(By.id("comment-parent")).getDomProperty("value")).isEmpty();
		assertThat(driver.findElement(By.id("comment-form-heading")).getText()).isEqualTo("Leave a comment");
	}

	@Test
	void aFormWithMistakesComesBackFilledInWithAnAccessibleErrorSummary() {
		ChromeDriver driver = browser.driver();
		driver.get(url("/articles/pregabalin"));
		driver.findElement(By.id("comment-body")).sendKeys("My words must not be lost ✓");
		driver.findElement(By.cssSelector("#comment-form button[type=submit]")).click();

		WebElement summary = new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> d.findElement(By.cssSelector(".error-summary")));
		assertThat(summary.getText()).contains("There is a problem", "Enter your name", "Enter your email address",
				"Tick the box");
		assertThat(driver.findElement(By.id("comment-body")).getDomProperty("value"))
			.isEqualTo("My words must not be lost ✓");
		browser.saveScreenshot("comment-form-with-errors");
		List<Axe.Violation> violations = Axe.check(driver);
		assertThat(violations).as("axe-core on the form with errors:%n%s", Axe.describe(violations)).isEmpty();
	}

	@Test
	void aClosedArticleSaysSoInPlaceOfTheForm() {
		ChromeDriver driver = browser.driver();
		driver.get(url("/articles/talking-to-your-gp-about-pain"));
		assertThat(driver.findElement(By.cssSelector(".comments-closed")).getText()).contains("Comments are closed.");
		assertThat(driver.findElements(By.id("comment-form"))).isEmpty();
	}

	/**
	 * axe-core checks this page, the longest conversation, in
	 * {@code ReadingPagesBrowserTests}.
	 */
	@Test
	void theSampleArticleHasALongConversation() {
		ChromeDriver driver = browser.driver();
		driver.get(url("/articles/amitriptyline"));
		assertThat(driver.findElements(By.cssSelector("li.comment"))).hasSizeGreaterThan(20);
	}

	@Test
	void theFormAsksForItsSignedStartTimeWhenTheReaderBeginsAndIsNotMarkedAsSpam() {
		ChromeDriver driver = browser.driver();
		driver.get(url("/articles/coming-off-pain-medicines-safely"));
		WebElement started = driver.findElement(By.id("comment-started"));
		assertThat(started.getDomProperty("value")).as("the page is the same for everyone: no start time in it")
			.isEmpty();
		Reader.fillCommentForm(browser.driver(), "Bryn", "bryn@example.com", "Slowly, with my GP's plan, it worked.");
		String fromScript = Reader.tookAMinuteToWrite(driver, secrets);
		assertThat(fromScript).matches("[0-9]+\\..+");
		assertThat(FormStarts.signedBySite(secrets, fromScript)).as("the start time the script got is the site's")
			.isTrue();
		driver.findElement(By.cssSelector("#comment-form button[type=submit]")).click();
		WebElement held = new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> d.findElement(By.cssSelector("li.comment-held")));
		assertThat(held.getText()).as("held for moderation, not quietly marked as spam")
			.contains("Bryn", "Awaiting moderation.");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
