package org.painwise.site.feedback;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.painwise.site.ServerTest;
import org.painwise.site.browser.Browser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader on a 390 px phone with JavaScript switched off tells us what is wrong with a
 * page: plain forms, post/redirect/get, and the thank-you in view where the page lands.
 */
@ServerTest
class PageFeedbackBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser(false);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void phoneScreen() {
		browser.driver()
			.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
	}

	@AfterEach
	void forgetTheFeedback() {
		jdbc.sql("delete from page_feedback").update();
		browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	@Test
	void aReaderWithoutJavaScriptReportsAProblemAndSeesTheThankYouWhereThePageLands() {
		ChromeDriver driver = browser.driver();
		driver.get(url("/articles/amitriptyline#page-feedback"));
		saveViewport("page-feedback-block-390");
		driver.findElement(By.cssSelector("#page-feedback details.page-problem summary")).click();
		driver.findElement(By.id("whatIsWrong")).sendKeys("The side effects list is missing dry mouth.");
		driver.findElement(By.id("replyEmail")).sendKeys("phone.reader@example.com");
		driver.findElement(By.cssSelector("#page-feedback form.problem-form button[type=submit]")).click();

		WebElement thanks = new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> d.findElement(By.cssSelector("#page-feedback .notice-success")));
		assertThat(thanks.getText()).contains("Thank you for your feedback.", "An editor will read your report.");
		assertThat(driver.getCurrentUrl()).endsWith("/articles/amitriptyline#page-feedback");
		assertThat(inView(thanks)).as("the thank-you is within the 390 x 844 screen").isTrue();
		saveViewport("page-feedback-thanks-390");
		assertThat(jdbc.sql("select problem from page_feedback where kind = 'PROBLEM'").query(String.class).single())
			.isEqualTo("The side effects list is missing dry mouth.");
	}

	@Test
	void aReaderWhoAnswersNoIsThankedAndOfferedTheProblemForm() {
		ChromeDriver driver = browser.driver();
		driver.get(url("/articles/gabapentin"));
		driver.findElement(By.cssSelector("#page-feedback button[value=NO]")).click();

		WebElement thanks = new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> d.findElement(By.cssSelector("#page-feedback .notice-success")));
		assertThat(thanks.getText()).contains("Thank you for your feedback.");
		assertThat(inView(thanks)).as("the thank-you is within the 390 x 844 screen").isTrue();
		WebElement box = driver.findElement(By.id("whatIsWrong"));
		assertThat(box.isDisplayed()).as("the problem form is open").isTrue();
		saveViewport("page-feedback-no-390");
		assertThat(driver.findElements(By.cssSelector("#page-feedback button[value=NO]"))).isEmpty();
	}

	@Test
	void aReportWithoutTextComesBackWithTheErrorAndTheEmailKept() {
		ChromeDriver driver = browser.driver();
		driver.get(url("/articles/amitriptyline"));
		driver.findElement(By.cssSelector("#page-feedback details.page-problem summary")).click();
		driver.findElement(By.id("replyEmail")).sendKeys("kept@example.com");
		driver.findElement(By.cssSelector("#page-feedback form.problem-form button[type=submit]")).click();

		WebElement summary = new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> d.findElement(By.cssSelector(".error-summary")));
		assertThat(summary.getText()).contains("There is a problem", "Tell us what is wrong with the page.");
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.id("replyEmail")).getAttribute("value")).isEqualTo("kept@example.com");
		summary.findElement(By.linkText("Tell us what is wrong with the page.")).click();
		driver.findElement(By.id("whatIsWrong")).sendKeys("The link to the leaflet is broken.");
		driver.findElement(By.cssSelector("form.problem-form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> d.findElement(By.cssSelector("#page-feedback .notice-success")));
		assertThat(jdbc.sql("select email from page_feedback where kind = 'PROBLEM'").query(String.class).single())
			.isEqualTo("kept@example.com");
	}

	/**
	 * Whether the element is wholly inside the visible part of the page. (The test runs
	 * this in the browser through WebDriver, which works with the page's own JavaScript
	 * switched off.)
	 */
	private boolean inView(WebElement element) {
		return (Boolean) browser.driver()
			.executeScript("const box = arguments[0].getBoundingClientRect();"
					+ " return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;", element);
	}

	private void saveViewport(String name) {
		try {
			Path file = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(file.getParent());
			Files.write(file, browser.driver().getScreenshotAs(OutputType.BYTES));
		}
		catch (java.io.IOException ex) {
			System.out.println("Could not save the screenshot " + name + ": " + ex);
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
