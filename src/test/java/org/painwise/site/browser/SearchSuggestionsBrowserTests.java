package org.painwise.site.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.painwise.site.ServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suggestions as a reader types, in headless Chromium: a list of articles under the
 * search box, announced, chosen with the arrow keys and opened with Enter; axe finds
 * nothing wrong with it.
 */
@ServerTest
class SearchSuggestionsBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void suggestionsAppearAsTheReaderTypesAndAreChosenWithTheKeyboard() {
		driver().get("http://localhost:" + port + "/search");
		WebElement box = driver().findElement(By.id("search-q"));
		assertThat(box.getDomAttribute("role")).isEqualTo("combobox");
		assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("false");
		box.sendKeys("amitrip");

		List<WebElement> options = waitForSuggestions("search-q");
		assertThat(options.get(0).getText()).isEqualTo("Amitriptyline for pain");
		assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("true");
		assertThat(driver().findElement(By.cssSelector(".search-page-form [role=status]")).getText())
			.contains("suggested article");

		List<Axe.Violation> violations = Axe.check(driver());
		browser.saveScreenshot("search-suggestions");
		assertThat(violations).as("axe-core violations with suggestions open:%n%s", Axe.describe(violations)).isEmpty();

		box.sendKeys(Keys.ARROW_DOWN);
		assertThat(box.getDomAttribute("aria-activedescendant")).isEqualTo(options.get(0).getDomAttribute("id"));
		assertThat(options.get(0).getDomAttribute("aria-selected")).isEqualTo("true");
		assertThat(driver().switchTo().activeElement()).as("focus stays in the search box").isEqualTo(box);

		box.sendKeys(Keys.ENTER);
		new WebDriverWait(driver(), Duration.ofSeconds(5)).withMessage("Enter opens the chosen article")
			.until(d -> d.getCurrentUrl().endsWith("/articles/amitriptyline"));
		assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Amitriptyline for pain");
	}

	@Test
	void theHeaderSearchBoxSuggestsBrandNamesAndEscapeClosesTheList() {
		driver().get("http://localhost:" + port + "/articles");
		WebElement box = driver().findElement(By.id("site-search-q"));
		box.sendKeys("Lyrica");

		List<WebElement> options = waitForSuggestions("site-search-q");
		assertThat(options).extracting(WebElement::getText).contains("Pregabalin for nerve pain");

		box.sendKeys(Keys.ESCAPE);
		assertThat(driver().findElement(By.id("site-search-q-suggestions")).isDisplayed()).isFalse();
		assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("false");

		// without choosing a suggestion, Enter still searches as the plain form does
		box.sendKeys(Keys.ENTER);
		new WebDriverWait(driver(), Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("/search?q=Lyrica"));
		assertThat(driver().findElements(By.cssSelector("ol.results .card-title a"))).extracting(WebElement::getText)
			.contains("Pregabalin for nerve pain");
	}

	private List<WebElement> waitForSuggestions(String boxId) {
		By options = By.cssSelector("#" + boxId + "-suggestions [role=option]");
		new WebDriverWait(driver(), Duration.ofSeconds(5)).withMessage("suggestions under " + boxId)
			.until(d -> !d.findElements(options).isEmpty() && d.findElement(options).isDisplayed());
		return driver().findElements(options);
	}

	private static ChromeDriver driver() {
		return browser.driver();
	}

}
