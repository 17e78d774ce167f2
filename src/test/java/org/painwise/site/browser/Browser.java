package org.painwise.site.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium for a test class, started before its first test and quit after
 * its last. Register it in the test class:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final Browser browser = new Browser();
 * </pre>
 *
 * <p>
 * It uses the system Chromium and chromedriver (Debian packages {@code chromium} and
 * {@code chromium-driver}) and never downloads either: both paths are given to Selenium,
 * so Selenium Manager does not run. {@code -Dbrowser.binary} and {@code -Dbrowser.driver}
 * point at other copies. Without them the class's tests are all reported as skipped, with
 * the reason printed, before the application or the browser starts; when {@code CI=true}
 * they fail instead (see {@link ExternalTool}).
 *
 * <p>
 * The browser's console is recorded, so a test can see what a developer would see in the
 * console, such as Content Security Policy violations.
 */
public final class Browser implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

	static final String BINARY_PROPERTY = "browser.binary";

	static final String DRIVER_PROPERTY = "browser.driver";

	private static final String DEFAULT_BINARY = "/usr/bin/chromium";

	private static final String DEFAULT_DRIVER = "/usr/bin/chromedriver";

	private static final String BINARY_HINT = "install the Debian package chromium";

	private static final String DRIVER_HINT = "install the Debian package chromium-driver";

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final boolean javascript;

	private ChromeDriver driver;

	private Path profile;

	/** A browser with JavaScript on, as most readers have it. */
	public Browser() {
		this(true);
	}

	/**
	 * @param javascript false for a browser with JavaScript switched off, to check that
	 * every feature works as plain HTML
	 */
	public Browser(boolean javascript) {
		this.javascript = javascript;
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (context.getTestMethod().isPresent()) {
			return ConditionEvaluationResult.enabled("checked for the whole class");
		}
		Optional<String> missing = ExternalTool
			.missingExecutable("Chromium", BINARY_PROPERTY, DEFAULT_BINARY, BINARY_HINT)
			.or(() -> ExternalTool.missingExecutable("chromedriver", DRIVER_PROPERTY, DEFAULT_DRIVER, DRIVER_HINT));
		return ExternalTool.condition(context.getDisplayName(), missing);
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		String testName = context.getDisplayName();
		Path binary = ExternalTool.executable("Chromium", BINARY_PROPERTY, DEFAULT_BINARY, BINARY_HINT, testName);
		Path driverExecutable = ExternalTool.executable("chromedriver", DRIVER_PROPERTY, DEFAULT_DRIVER, DRIVER_HINT,
				testName);
		this.profile = Files.createTempDirectory("painwise-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(binary.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + this.profile);
		if (!this.javascript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverExecutable.toFile())
			.usingAnyFreePort()
			.build();
		try {
			this.driver = new ChromeDriver(service, options);
		}
		catch (RuntimeException ex) {
			deleteProfile();
			throw ex;
		}
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		try {
			if (this.driver != null) {
				this.driver.quit();
			}
		}
		finally {
			this.driver = null;
			deleteProfile();
		}
	}

	/** The browser, for the tests of the class that registered this extension. */
	public ChromeDriver driver() {
		if (this.driver == null) {
			throw new IllegalStateException(
					"The browser is not running: register Browser as a static @RegisterExtension");
		}
		return this.driver;
	}

	/**
	 * Makes the browser a new visitor, with none of the site's cookies (the site keeps
	 * nothing else in the browser). The browser stays open, so a test class starts one
	 * Chromium, not one per test.
	 */
	public void forgetVisitor() {
		driver().executeCdpCommand("Network.clearBrowserCookies", Map.of());
	}

	/**
	 * Switches JavaScript off (or back on) in the open browser, for the pages loaded
	 * after this, to check that a feature also works as plain HTML without starting a
	 * second browser. A browser started with {@code new Browser(false)} has it off from
	 * the start.
	 */
	public void javascript(boolean on) {
		driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
	}

	/**
	 * What the browser has written to its console since the last call (reading the log
	 * empties it).
	 */
	public List<LogEntry> takeConsoleLog() {
		return driver().manage().logs().get(LogType.BROWSER).getAll();
	}

	/**
	 * Saves a picture of the whole page, not just the window, in
	 * {@code target/screenshots}, for a person to look at. Failing to take it does not
	 * fail a test.
	 * @param name the file name without {@code .png}
	 * @return where it was saved
	 */
	public Path saveScreenshot(String name) {
		Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]+", "-") + ".png");
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(file, fullPageScreenshot());
		}
		catch (IOException | RuntimeException ex) {
			System.out.println("Could not save the screenshot " + file + ": " + ex);
		}
		return file;
	}

	private byte[] fullPageScreenshot() {
		try {
			@SuppressWarnings("unchecked")
			Map<String, Object> size = (Map<String, Object>) driver()
				.executeCdpCommand("Page.getLayoutMetrics", Map.of())
				.get("cssContentSize");
			Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
					"scale", 1);
			Map<String, Object> shot = driver().executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
			return Base64.getDecoder().decode((String) shot.get("data"));
		}
		catch (RuntimeException ex) {
			// the visible window is still worth having
			return driver().getScreenshotAs(OutputType.BYTES);
		}
	}

	private void deleteProfile() {
		if (this.profile == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException | UncheckedIOException ex) {
			// a left-over temporary directory is not worth failing a test run for
			System.out.println("Could not delete the browser profile " + this.profile + ": " + ex);
		}
		finally {
			this.profile = null;
		}
	}

}
