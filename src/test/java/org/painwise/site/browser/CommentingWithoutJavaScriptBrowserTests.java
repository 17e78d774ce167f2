package org.painwise.site.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.painwise.site.ServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader commenting with JavaScript switched off: plain forms, a reply page, and
 * post/redirect/get back to the article.
 */
@ServerTest
class CommentingWithoutJavaScriptBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser(false);

	@LocalServerPort
	int port;

	@Test
	void aCommentPostedWithoutJavaScriptIsHeldAndShownToItsWriter() {
		ChromeDriver driver = browser.driver();
		driver.get(url("/articles/coming-off-pain-medicines-safely"));
		Reader.fillCommentForm(browser.driver(), "Dafydd", "dafydd@example.com",
				"Coming off slowly with my pharmacist worked for me.\nTook eight weeks.");
		driver.findElement(By.cssSelector("#comment-form button[type=submit]")).click();

		WebElement notice = new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> d.findElement(By.cssSelector("#comments .notice-success")));
		assertThat(notice.getText()).contains("Thank you — your comment is awaiting moderation");
		assertThat(driver.getCurrentUrl()).contains("/articles/coming-off-pain-medicines-safely").contains("#comment-");
		WebElement held = driver.findElement(By.cssSelector("li.comment-held"));
		assertThat(held.getText()).contains("Dafydd", "Awaiting moderation.", "Took eight weeks.");
	}

	@Test
	void theReplyLinkLeadsToAReplyPageThatQuotesTheComment() {
		ChromeDriver driver = browser.driver();
		driver.get(url("/articles/pregabalin"));
		WebElement comment = driver.findElement(By.cssSelector("#comments .comment-list > li.comment"));
		String author = comment.findElement(By.cssSelector(".comment-author")).getText();
		comment.findElement(By.cssSelector(".reply-link")).click();

		assertThat(driver.getCurrentUrl()).contains("/reply");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Reply to " + author);
		assertThat(driver.findElement(By.cssSelector(".quoted-comment")).getText()).contains(author);
		Reader.fillCommentForm(browser.driver(), "Ola", "ola@example.com", "Thanks for writing this, " + author + ".");
		driver.findElement(By.cssSelector("#comment-form button[type=submit]")).click();

		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> d.findElement(By.cssSelector("#comments .notice-success")));
		WebElement held = driver.findElement(By.cssSelector("li.comment-held"));
		assertThat(held.getText()).contains("Ola", "Thanks for writing this");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
