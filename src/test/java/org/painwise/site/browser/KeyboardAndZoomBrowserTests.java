package org.painwise.site.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.painwise.site.ServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What axe cannot see for a keyboard user or someone who zooms in: every control shows
 * where the focus is, and every page reflows into 320 CSS pixels (a 1280 px window at 400
 * %, or a phone at 200 %) without scrolling sideways (WCAG 2.4.7 and 1.4.10).
 */
@ServerTest
class KeyboardAndZoomBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	/**
	 * More Tab presses than any of the pages walked has stops, so a walk always wraps
	 * round.
	 */
	private static final int MOST_TAB_STOPS = 400;

	/**
	 * One Tab stop: what has the focus, and whether it looks different from when it has
	 * not. The element's outline (not transparent) or box shadow with the focus is
	 * compared with the same element's without it, so a shadow every button always has
	 * does not count. A radio button or tick box drawn by its label (the rating stars)
	 * shows its focus on the label. The element gets the focus back before the next Tab,
	 * so the walk goes on from where it was.
	 */
	private static final String TAB_STOP = """
			var element = document.activeElement;
			if (!element || element === document.body || element === document.documentElement) {
			  return null;
			}
			function look(e) {
			  var style = getComputedStyle(e);
			  return {style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor,
			    shadow: style.boxShadow};
			}
			var shown = element;
			var box = element.getBoundingClientRect();
			if (element.labels && element.labels.length
			    && (getComputedStyle(element).opacity === '0' || box.width <= 1 || box.height <= 1)) {
			  shown = element.labels[0];
			}
			var focused = look(shown);
			element.blur();
			var unfocused = look(shown);
			element.focus({preventScroll: true});
			var transparent = /^transparent$|^rgba\\(.*,\\s*0\\)$/.test(focused.colour);
			var outline = focused.style !== 'none' && focused.width > 0 && !transparent
			    && (focused.style !== unfocused.style || focused.width !== unfocused.width || focused.colour !== unfocused.colour);
			var shadow = focused.shadow !== 'none' && focused.shadow !== unfocused.shadow;
			var text = (element.innerText || element.value || element.getAttribute('aria-label') || '').trim();
			return {element: element, visible: outline || shadow,
			  name: element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
			    + (element.getAttribute('class') ? '.' + element.getAttribute('class').trim().split(/\\s+/).join('.') : '')
			    + ' "' + text.substring(0, 40) + '"'};
			""";

	@LocalServerPort
	int port;

	/**
	 * A page, the main heading a reader should see on it (so a check never passes on an
	 * error page), and a script that gets the page ready, such as opening a reply form.
	 */
	record Page(String path, String heading, String prepare) {

		Page(String path, String heading) {
			this(path, heading, null);
		}

	}

	static Stream<Named<Page>> publicPages() {
		return Stream.of(Named.of("home", new Page("/", "Information you can trust about living with pain")),
				Named.of("article-list", new Page("/articles", "Information & resources")),
				Named.of("topic", new Page("/topics/nerve-pain-medicines", "Medicines for nerve pain")),
				Named.of("article-with-comments",
						new Page("/articles/sleeping-better-with-persistent-pain", "Sleeping better",
								// the reply form moved under a comment, so Cancel reply
								// is on the walk too
								"document.querySelector('a.reply-link').click();")),
				Named.of("report-a-comment", new Page("/comments/5/report", "Report a comment by Maria")),
				Named.of("search-results", new Page("/search?q=titrating", "Search")),
				Named.of("help", new Page("/help", "Get help")),
				Named.of("staff-login", new Page("/login", "Staff sign in")));
	}

	@AfterEach
	void fullWindowAndSignedOut() {
		driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		driver().manage().deleteAllCookies();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("publicPages")
	void everyControlShowsWhereTheFocusIs(Page page) {
		open(page);
		List<String> stops = walkWithTheTabKey(page.path());
		assertThat(stops).as("Tab stops on %s", page.path()).anyMatch(stop -> stop.contains("button \"Search\""));
		if (!checkedInReadingPages(page)) {
			assertAxeFindsNothing(page.path());
		}
	}

	@Test
	void secondaryButtonsShowTheirFocus() {
		Page article = publicPages().map(Named::getPayload)
			.filter(page -> page.path().startsWith("/articles/sleeping"))
			.findFirst()
			.orElseThrow();
		open(article);
		List<String> stops = walkWithTheTabKey(article.path());
		assertThat(stops).as("the walk reaches each kind of secondary button")
			.anyMatch(stop -> stop.contains("button.secondary \"Rate\""))
			.anyMatch(stop -> stop.contains("a.report-link \"Report\""))
			.anyMatch(stop -> stop.contains("#comment-cancel-reply.secondary \"Cancel reply\""))
			.anyMatch(stop -> stop.contains("#comment-body"));
	}

	@Test
	void skipToCommentsTakesTheKeyboardToTheConversation() {
		open(new Page("/articles/amitriptyline", "Amitriptyline"));
		startFromTheTop();
		new Actions(driver()).sendKeys(Keys.TAB, Keys.TAB).perform();
		assertThat(driver().switchTo().activeElement().getText()).as("the second Tab stop")
			.isEqualTo("Skip to comments");

		new Actions(driver()).sendKeys(Keys.ENTER).perform();
		assertThat(driver().getCurrentUrl()).endsWith("#comments");
		new Actions(driver()).sendKeys(Keys.TAB).perform();

		assertThat((Boolean) driver()
			.executeScript("return document.getElementById('comments').contains(document.activeElement);"))
			.as("the next Tab stop is in the comments")
			.isTrue();
	}

	@Test
	void theReplyPageShowsWhereTheFocusIs() {
		open(new Page("/articles/sleeping-better-with-persistent-pain", "Sleeping better"));
		String reply = driver().findElement(By.cssSelector("a.reply-link")).getDomAttribute("href");
		Page page = new Page(reply, "Reply to");
		open(page);
		walkWithTheTabKey(reply);
		assertAxeFindsNothing(reply);
	}

	@Test
	void theModerationQueueShowsWhereTheFocusIs() {
		signInAsModerator();
		Page queue = new Page("/staff/moderation", "Moderation queue");
		open(queue);
		List<String> stops = walkWithTheTabKey(queue.path());
		assertThat(stops).as("Tab stops on the queue").anyMatch(stop -> stop.startsWith("button"));
		// axe-core checks the queue, in each of its states, in ModerationBrowserTests
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("publicPages")
	void nothingScrollsSidewaysAt320Pixels(Page page) {
		narrowTo320Pixels();
		open(page);
		assertNoSidewaysScrolling(page.path());
		assertAxeFindsNothing(page.path() + " at 320 px");
	}

	@Test
	void aLongConversationFitsAt320PixelsWithRepliesWideEnoughToRead() {
		narrowTo320Pixels();
		Page article = new Page("/articles/amitriptyline", "Amitriptyline");
		open(article);
		browser.saveScreenshot("amitriptyline-320px");
		assertNoSidewaysScrolling(article.path());
		Number narrowest = (Number) driver().executeScript("""
				var widths = Array.prototype.map.call(document.querySelectorAll('#comments .comment-box'),
				  function (box) { return box.getBoundingClientRect().width; });
				return Math.min.apply(null, widths);
				""");
		assertThat(driver().findElements(By.cssSelector(".comment-replies .comment-replies .comment-box")))
			.as("the conversation has replies to replies")
			.isNotEmpty();
		assertThat(narrowest.doubleValue()).as("width of the narrowest (most deeply nested) comment, px")
			.isGreaterThanOrEqualTo(240);
	}

	@Test
	void theModerationQueueFitsAt320Pixels() {
		signInAsModerator();
		narrowTo320Pixels();
		Page queue = new Page("/staff/moderation", "Moderation queue");
		open(queue);
		assertNoSidewaysScrolling(queue.path());
	}

	@Test
	void theEditorsArticleListWithItsFiltersFitsAt320Pixels() {
		signIn("editor@painwise.example", "edit-with-evidence");
		narrowTo320Pixels();
		Page articles = new Page("/staff/articles", "Articles");
		open(articles);
		assertNoSidewaysScrolling(articles.path());
	}

	/**
	 * Presses Tab from the top of the page until the focus comes round again, checking at
	 * each stop that the focus can be seen.
	 * @return every stop, described
	 */
	private List<String> walkWithTheTabKey(String path) {
		startFromTheTop();
		Set<Object> seen = new LinkedHashSet<>();
		List<String> stops = new ArrayList<>();
		List<String> invisible = new ArrayList<>();
		int outside = 0;
		for (int presses = 0; presses < MOST_TAB_STOPS && outside < 3; presses++) {
			new Actions(driver()).sendKeys(Keys.TAB).perform();
			@SuppressWarnings("unchecked")
			Map<String, Object> stop = (Map<String, Object>) driver().executeScript(TAB_STOP);
			if (stop == null) {
				outside++; // past the last control, in the browser's own controls
				continue;
			}
			if (!seen.add(stop.get("element"))) {
				break; // round to the first control again
			}
			outside = 0;
			String name = (String) stop.get("name");
			stops.add(name);
			if (!Boolean.TRUE.equals(stop.get("visible"))) {
				invisible.add(name);
			}
		}
		assertThat(stops).as("Tab stops on %s", path).hasSizeGreaterThan(5).hasSizeLessThan(MOST_TAB_STOPS);
		assertThat(stops.get(0)).as("the first Tab stop on %s", path).contains("a.skip-link \"Skip to main content\"");
		assertThat(invisible).as("controls on %s that show no outline or shadow when they have the focus", path)
			.isEmpty();
		return stops;
	}

	/**
	 * The next Tab goes to the first control on the page, wherever a script left the
	 * focus.
	 */
	private void startFromTheTop() {
		driver().executeScript("""
				document.body.setAttribute('tabindex', '-1');
				document.body.focus();
				document.body.removeAttribute('tabindex');
				window.scrollTo(0, 0);
				""");
	}

	private void assertNoSidewaysScrolling(String path) {
		@SuppressWarnings("unchecked")
		Map<String, Object> widths = (Map<String, Object>) driver().executeScript("""
				var root = document.documentElement;
				return {window: window.innerWidth, client: root.clientWidth, scroll: root.scrollWidth};
				""");
		assertThat(((Number) widths.get("window")).intValue()).as("window width").isEqualTo(320);
		assertThat(((Number) widths.get("scroll")).intValue()).as("scroll width of %s at 320 px", path)
			.isLessThanOrEqualTo(((Number) widths.get("client")).intValue());
	}

	/**
	 * Whether axe-core checks the page in the full window in
	 * {@code ReadingPagesBrowserTests}: each page is checked once there or here, not
	 * twice.
	 */
	private static boolean checkedInReadingPages(Page page) {
		return ReadingPagesBrowserTests.readingPages()
			.map(Named::getPayload)
			.anyMatch(reading -> reading.path().equals(page.path()));
	}

	private void assertAxeFindsNothing(String page) {
		List<Axe.Violation> violations = Axe.check(driver());
		assertThat(violations).as("axe-core violations on %s:%n%s", page, Axe.describe(violations)).isEmpty();
	}

	private void narrowTo320Pixels() {
		driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", false));
	}

	private void signInAsModerator() {
		signIn("moderator@painwise.example", "moderate-with-kindness");
	}

	/** Signs in with one of the development site's staff accounts. */
	private void signIn(String email, String password) {
		open(new Page("/login", "Staff sign in"));
		driver().findElement(By.id("username")).sendKeys(email);
		driver().findElement(By.id("password")).sendKeys(password);
		driver().findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(driver(), Duration.ofSeconds(10)).withMessage("signed in")
			.until(d -> d.getCurrentUrl().contains("/staff"));
	}

	private void open(Page page) {
		driver().get("http://localhost:" + this.port + page.path());
		assertThat(driver().findElement(By.tagName("h1")).getText()).as("main heading of %s", page.path())
			.containsIgnoringCase(page.heading());
		if (page.prepare() != null) {
			driver().executeScript(page.prepare());
		}
	}

	private static ChromeDriver driver() {
		return browser.driver();
	}

}
