package org.painwise.site.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.painwise.site.comments.FormStarts;
import org.painwise.site.shared.SiteSecrets;

/**
 * What a person filling in a form does that a test must do too.
 */
final class Reader {

	/** Fills in the comment form as a reader does, ticking the consent box. */
	static void fillCommentForm(ChromeDriver driver, String name, String email, String body) {
		driver.findElement(By.id("comment-name")).sendKeys(name);
		driver.findElement(By.id("comment-email")).sendKeys(email);
		driver.findElement(By.id("comment-body")).sendKeys(body);
		driver.findElement(By.id("comment-consent")).click();
	}

	/**
	 * The comment form quietly marks as spam anything sent back sooner than
	 * {@code comments.min-fill-time} (3 seconds) after the reader began it (with
	 * JavaScript, the form asks the site for a signed start time when it first gets the
	 * focus), because only programs are that fast. A browser test fills the form in
	 * milliseconds: rather than wait that time out, or weaken the rule for tests, it puts
	 * in the form a start time the site signed a minute ago, as if the reader had taken a
	 * minute to write. It first waits for the form's script to put in its own, so the
	 * script's answer cannot overwrite this one.
	 * @return the start time the form's script got from the site
	 */
	static String tookAMinuteToWrite(ChromeDriver driver, SiteSecrets secrets) {
		WebElement started = driver.findElement(By.id("comment-started"));
		new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage("the form's script puts in its start time")
			.until(d -> !started.getDomProperty("value").isEmpty());
		String fromScript = started.getDomProperty("value");
		driver.executeScript("arguments[0].value = arguments[1];", started,
				FormStarts.begunAgo(secrets, Duration.ofMinutes(1)));
		return fromScript;
	}

	private Reader() {
	}

}
