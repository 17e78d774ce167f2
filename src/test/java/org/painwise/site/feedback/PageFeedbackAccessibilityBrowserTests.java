package org.painwise.site.feedback;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.painwise.site.ServerTest;
import org.painwise.site.browser.Axe;
import org.painwise.site.browser.Browser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With JavaScript, the answer to "Is this page useful?" goes without a page load; and
 * axe-core finds nothing wrong with the feedback block in each of its states, with the
 * report page that comes back with errors, or with the editors' feedback queue.
 */
@ServerTest
class PageFeedbackAccessibilityBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetTheFeedback() {
		jdbc.sql("delete from page_feedback").update();
	}

	@Test
	void theFeedbackBlockHasNoViolationsClosedOpenOrAnswered() {
		ChromeDriver driver = browser.driver();
		driver.manage().window().setSize(new Dimension(1280, 900));
		driver.get(url("/articles/amitriptyline"));
		driver.findElement(By.cssSelector("#page-feedback details.page-problem summary")).click();
		assertNoViolations("the article with the problem form open");

		driver.executeScript("window.stillTheSamePage = true;");
		driver.findElement(By.cssSelector("#page-feedback button[value=NO]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> d.findElement(By.cssSelector("#page-feedback .notice-success")));
		// with JavaScript the answer went in the background: no page load, and focus on
		// the thank-you
		assertThat(driver.executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
		assertThat(driver.switchTo().activeElement().getText()).contains("Thank you for your feedback.");
		assertThat(driver.findElement(By.id("whatIsWrong")).isDisplayed()).isTrue();
		assertNoViolations("the article after answering No");
		browser.saveScreenshot("page-feedback-after-no");

		driver.findElement(By.cssSelector("#page-feedback form.problem-form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.cssSelector(".error-summary")));
		assertNoViolations("the report page with errors");
		browser.saveScreenshot("page-feedback-report-errors");
	}

	@Test
	void theFeedbackQueueHasNoViolations() {
		long article = jdbc.sql("select id from article where slug = 'gabapentin'").query(Long.class).single();
		jdbc.sql("""
				insert into page_feedback (article_id, kind, problem, email, ip_hash)
				values (:id, 'PROBLEM', 'The dose table does not fit on my phone.', 'reader@example.com', 'test'),
				       (:id, 'USEFUL', null, null, 'test'), (:id, 'NOT_USEFUL', null, null, 'test')""")
			.param("id", article)
			.update();
		ChromeDriver driver = browser.driver();
		driver.manage().window().setSize(new Dimension(1280, 900));
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys("editor@painwise.example");
		driver.findElement(By.id("password")).sendKeys("edit-with-evidence");
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/staff"));

		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.linkText("Page feedback")))
			.click();
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page feedback");
		assertThat(driver.findElement(By.cssSelector(".feedback-report")).getText())
			.contains("The dose table does not fit on my phone.", "reader@example.com");
		assertNoViolations("the feedback queue");
		browser.saveScreenshot("page-feedback-queue");

		driver.findElement(By.cssSelector(".feedback-report button[type=submit]")).click();
		// "Mark as done" is a plain form post: wait for the page it redirects to
		assertThat(new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> d.findElement(By.cssSelector(".notice-success")))
			.getText()).isEqualTo("The report is marked as done.");
		assertNoViolations("the feedback queue after marking a report done");
		driver.findElement(By.cssSelector("form.sign-out button")).click();
	}

	private void assertNoViolations(String where) {
		List<Axe.Violation> violations = Axe.check(browser.driver());
		assertThat(violations).as("axe-core violations on %s:%n%s", where, Axe.describe(violations)).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
