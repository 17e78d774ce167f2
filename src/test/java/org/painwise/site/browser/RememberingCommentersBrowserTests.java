package org.painwise.site.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.painwise.site.ServerTest;
import org.painwise.site.shared.SiteSecrets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader ticks "Remember my name and email on this device", posts a comment, and finds
 * the form on another article already filled in with their name and email.
 */
@ServerTest
class RememberingCommentersBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	SiteSecrets secrets;

	@Test
	void theNextCommentFormIsFilledInWithTheRememberedNameAndEmail() {
		ChromeDriver driver = browser.driver();
		driver.get(url("/articles/duloxetine"));
		assertThat(driver.findElement(By.id("comment-remember")).isSelected()).isFalse();
		driver.findElement(By.id("comment-name")).sendKeys("Siân O'Neill");
		driver.findElement(By.id("comment-email")).sendKeys("sian.oneill@example.com");
		driver.findElement(By.id("comment-body")).sendKeys("Duloxetine helped my nerve pain after a few weeks.");
		driver.findElement(By.id("comment-consent")).click();
		driver.findElement(By.id("comment-remember")).click();
		Reader.tookAMinuteToWrite(driver, secrets);
		driver.findElement(By.cssSelector("#comment-form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> d.findElement(By.cssSelector("#comments .notice-success")));

		Cookie cookie = driver.manage().getCookieNamed("pw_commenter");
		assertThat(cookie).isNotNull();
		assertThat(cookie.getExpiry())
			.isAfter(new java.util.Date(System.currentTimeMillis() + Duration.ofDays(360).toMillis()));

		driver.get(url("/articles/pregabalin"));
		assertThat(driver.findElement(By.id("comment-name")).getDomProperty("value")).isEqualTo("Siân O'Neill");
		assertThat(driver.findElement(By.id("comment-email")).getDomProperty("value"))
			.isEqualTo("sian.oneill@example.com");
		assertThat(driver.findElement(By.id("comment-body")).getDomProperty("value")).isEmpty();
		assertThat(driver.findElement(By.id("comment-remember")).isSelected()).isTrue();
		// the page as sent is the same for everyone: the name and email were filled in on
		// the device
		assertThat(driver.getPageSource()).doesNotContain("sian.oneill@example.com");
		browser.saveScreenshot("comment-form-remembered");

		driver.manage().deleteCookieNamed("pw_commenter");
		driver.get(url("/articles/pregabalin"));
		assertThat(driver.findElement(By.id("comment-name")).getDomProperty("value")).isEmpty();
		assertThat(driver.findElement(By.id("comment-remember")).isSelected()).isFalse();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
