package org.painwise.site.editorial;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
 * What an editor does, in a real browser: sign in, write a new article with an image,
 * preview it without leaving the page, save and publish it; then a reader finds it in the
 * article list and in search. The editor page has no axe-core accessibility violations.
 *
 * <p>
 * Uses the system Chromium and chromedriver and never downloads either. Without them the
 * test is skipped with the reason printed; with {@code CI=true} their absence is a
 * failure.
 */
@ServerTest
class WritingAnArticleInABrowserTests {

	@RegisterExtension
	static final Browser chromium = new Browser();

	private static final String SLUG_WORD = "zanzibarine";

	private static WebDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void useTheBrowser() {
		driver = chromium.driver();
		driver.manage().window().setSize(new Dimension(1400, 1800));
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
	}

	@AfterEach
	void removeArticle() {
		jdbc.sql("delete from article where slug like :slug").param("slug", "%" + SLUG_WORD + "%").update();
	}

	@Test
	void anEditorWritesAnArticleWithAnImagePreviewsAndPublishesItAndAReaderFindsIt() throws Exception {
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(EditorialFixtures.EDITOR);
		driver.findElement(By.id("password")).sendKeys(EditorialFixtures.EDITOR_PASSWORD);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor(d -> d.getCurrentUrl().endsWith("/staff"));

		driver.get(url("/staff/articles/new"));
		assertThat(axeViolations()).as("axe-core on the empty editor").isEmpty();

		String title = "Warm baths and the " + SLUG_WORD + " stretch";
		driver.findElement(By.id("title")).sendKeys(title);
		assertThat(driver.findElement(By.id("slug")).getAttribute("value"))
			.isEqualTo("warm-baths-and-the-" + SLUG_WORD + "-stretch");
		driver.findElement(By.id("standfirst")).sendKeys("A gentle routine that may ease stiff muscles.");
		driver.findElement(By.id("body"))
			.sendKeys("## Before you start\n\nRun a warm bath. Stretch slowly. Stop if it hurts.");
		new Select(driver.findElement(By.id("authorId"))).selectByIndex(1);
		new Select(driver.findElement(By.id("reviewerId"))).selectByIndex(2);
		driver.findElements(By.cssSelector("#topicIds input[type=checkbox]")).get(0).click();

		File png = File.createTempFile("bath", ".png");
		ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", png);
		driver.findElement(By.id("imageFile")).sendKeys(png.getAbsolutePath());
		driver.findElement(By.id("imageAlt")).sendKeys("A bath with a towel folded on its edge");
		press(By.cssSelector("button[value=upload]"));
		waitFor(d -> d.findElement(By.id("body")).getAttribute("value").contains("](/images/"));
		assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
		assertThat(driver.findElement(By.id("body")).getAttribute("value")).contains("Run a warm bath.",
				"![A bath with a towel folded on its edge](/images/");

		String urlBeforePreview = driver.getCurrentUrl();
		press(By.cssSelector(".editor-actions button[value=preview]"));
		waitFor(d -> !d.findElements(By.cssSelector("#preview .article-body img[alt^='A bath']")).isEmpty());
		assertThat(driver.getCurrentUrl()).isEqualTo(urlBeforePreview);
		assertThat(driver.findElement(By.cssSelector("#preview .article-body h2")).getText())
			.isEqualTo("Before you start");
		assertThat(driver.findElement(By.cssSelector("#preview .readability")).getText())
			.contains("Flesch reading ease");
		waitFor(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
				"var i = document.querySelector('#preview img'); return i.complete && i.naturalWidth === 40;"));
		assertThat(axeViolations()).as("axe-core on the editor with a preview").isEmpty();
		screenshot("editor-preview");

		press(By.cssSelector(".editor-actions button[value=save]"));
		waitFor(d -> d.getPageSource().contains("is saved as a draft"));
		press(By.cssSelector(".publishing button[type=submit]"));
		waitFor(d -> d.getPageSource().contains("is published"));
		assertThat(axeViolations()).as("axe-core on a saved article's editor").isEmpty();

		driver.get(url("/staff/articles"));
		screenshot("article-list");
		driver.get(url("/staff/reviews"));
		assertThat(axeViolations()).as("axe-core on the review list").isEmpty();
		screenshot("reviews");

		driver.manage().deleteAllCookies();
		driver.get(url("/articles"));
		List<WebElement> links = driver.findElements(By.linkText(title));
		assertThat(links).as("the new article in the list").isNotEmpty();
		driver.get(url("/search?q=" + SLUG_WORD));
		driver.findElement(By.partialLinkText("Warm baths")).click();
		waitFor(d -> d.getCurrentUrl().endsWith("/articles/warm-baths-and-the-" + SLUG_WORD + "-stretch"));
		WebElement image = driver.findElement(By.cssSelector(".article-body img"));
		assertThat(image.getAttribute("alt")).isEqualTo("A bath with a towel folded on its edge");
		assertThat(driver.findElement(By.tagName("body")).getText()).contains("Last reviewed", "Next review due");
		screenshot("published-article");
	}

	/**
	 * Scrolls the button to the middle of the window at once (the site scrolls smoothly),
	 * and presses it.
	 */
	private static void press(By button) {
		WebElement element = driver.findElement(button);
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition::apply);
	}

	private static List<Axe.Violation> axeViolations() {
		List<Axe.Violation> violations = Axe.check(chromium.driver());
		if (!violations.isEmpty()) {
			System.out.println("axe-core:\n" + Axe.describe(violations));
		}
		return violations;
	}

	private static void screenshot(String name) throws Exception {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		Files.write(dir.resolve(name + ".png"), png);
	}

}
