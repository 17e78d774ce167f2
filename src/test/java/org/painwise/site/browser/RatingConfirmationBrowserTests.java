package org.painwise.site.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.painwise.site.ServerTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader on a phone (390 × 844) with JavaScript switched off rates an article with a
 * long thread of comments, and a comment far down it: the page comes back with the
 * thank-you right under the stars they used, in view, and after a reload they still see
 * their own rating. Screenshots are saved in {@code target/screenshots}.
 */
@ServerTest
class RatingConfirmationBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser(false);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	String slug;

	long articleId;

	List<Long> comments;

	@BeforeEach
	void anArticleWithALongThread() {
		slug = "rated-on-a-phone-" + System.nanoTime();
		articleId = jdbc.sql("""
				insert into article (slug, title, standfirst, body_markdown, author_id, reviewer_id,
				                     first_published, last_reviewed, next_review_due, status)
				select :slug, 'Rated on a phone', 'A page to rate.', :body, p.id, p.id,
				       current_date - 10, current_date - 10, current_date + 300, 'PUBLISHED'
				from person p order by p.id limit 1
				returning id""")
			.param("slug", slug)
			.param("body", "## About it\n\n" + "A long paragraph of text about the medicine. ".repeat(60))
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into comment (article_id, status, author_name, author_email, body, created_at)
				select ?, 'PUBLISHED', 'Reader ' || n, 'r@example.com',
				       'My experience, number ' || n || '. ' || repeat('It took a few weeks to settle. ', 6),
				       now() - n * interval '1 hour'
				from generate_series(1, 25) as n""").param(articleId).update();
		jdbc.sql("update comment set root_id = id where article_id = ? and root_id is null").param(articleId).update();
		comments = jdbc.sql("select id from comment where article_id = ? order by created_at")
			.param(articleId)
			.query(Long.class)
			.list();
		ChromeDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		driver.manage().window().setSize(new Dimension(390, 844));
	}

	@Test
	void theThankYouForRatingTheArticleIsInViewUnderItsStars() {
		ChromeDriver driver = browser.driver();
		driver.get(url("/articles/" + slug));
		String form = "rating-article-" + articleId;
		rate(form, 4);

		WebElement thanks = driver.findElement(By.cssSelector("#" + form + " .rating-message"));
		assertThat(thanks.getText()).isEqualTo("Thank you for rating this.");
		assertInView(thanks);
		assertInView(driver.findElement(By.xpath("//form[@id='" + form + "']//label[input[@value='4']]")));
		browser.saveScreenshot("rating-article-thanks-390-no-js");

		driver.navigate().refresh();
		assertThat(driver.findElements(By.cssSelector(".rating-message"))).isEmpty();
		assertThat(driver.findElement(By.cssSelector("#" + form + " .rating-own")).getText())
			.isEqualTo("You rated this 4 out of 5.");
		assertThat(driver.findElement(By.cssSelector("#" + form + " input[value='4']")).isSelected()).isTrue();
	}

	@Test
	void theThankYouForRatingACommentIsInViewUnderThatCommentsStars() {
		ChromeDriver driver = browser.driver();
		driver.get(url("/articles/" + slug));
		long deep = comments.get(comments.size() - 3);
		String form = "rating-comment-" + deep;
		rate(form, 2);

		assertThat(driver.getCurrentUrl()).endsWith("#" + form);
		List<WebElement> thanks = driver.findElements(By.cssSelector(".rating-message"));
		assertThat(thanks).hasSize(1);
		assertThat(thanks.get(0).getText()).isEqualTo("Thank you for rating this.");
		assertThat(driver.findElement(By.cssSelector("#" + form + " .rating-message"))).isEqualTo(thanks.get(0));
		assertInView(thanks.get(0));
		assertInView(driver.findElement(By.xpath("//form[@id='" + form + "']//label[input[@value='2']]")));
		browser.saveScreenshot("rating-comment-thanks-390-no-js");

		driver.get(url("/articles/" + slug));
		assertThat(driver.findElement(By.cssSelector("#" + form + " .rating-own")).getText())
			.isEqualTo("You rated this 2 out of 5.");
		assertThat(driver.findElement(By.cssSelector("#" + form + " input[value='2']")).isSelected()).isTrue();
		assertThat(driver.findElements(By.cssSelector(".rating-own"))).hasSize(1);
	}

	private void rate(String formId, int stars) {
		ChromeDriver driver = browser.driver();
		WebElement form = driver.findElement(By.id(formId));
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", form);
		form.findElement(By.xpath(".//label[input[@value='" + stars + "']]")).click();
		form.findElement(By.cssSelector("button[type='submit']")).click();
		// the vote is a plain form post: wait until the page it redirects to has replaced
		// this one;
		// while the page is being replaced, Chrome can answer "node does not belong to
		// the
		// document" instead of "stale", so that answer means ask again
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
			.until(ExpectedConditions.stalenessOf(form));
	}

	/** Wholly inside the window, without scrolling. */
	private void assertInView(WebElement element) {
		ChromeDriver driver = browser.driver();
		@SuppressWarnings("unchecked")
		List<Number> box = (List<Number>) driver.executeScript("""
				const r = arguments[0].getBoundingClientRect();
				return [r.top, r.bottom, window.innerHeight];""", element);
		assertThat(box.get(0).doubleValue()).as("top of " + element.getText()).isGreaterThanOrEqualTo(0);
		assertThat(box.get(1).doubleValue()).as("bottom of " + element.getText())
			.isLessThanOrEqualTo(box.get(2).doubleValue());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
