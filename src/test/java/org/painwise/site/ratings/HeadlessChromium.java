package org.painwise.site.ratings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's Chromium and chromedriver (Debian packages {@code chromium} and
 * {@code chromium-driver}), started headless with a fresh profile, so every browser is a new
 * visitor with no cookies. Nothing is ever downloaded: without the browser a test is skipped with
 * the reason printed, and with {@code CI=true} it fails instead.
 */
final class HeadlessChromium implements AutoCloseable {

	/** The browser; {@code -Dbrowser.binary} points at another copy, as for the shared browser support. */
	static final Path BROWSER = Path.of(System.getProperty("browser.binary", "/usr/bin/chromium"));

	/** The driver; {@code -Dbrowser.driver} points at another copy. */
	static final Path DRIVER = Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver"));

	private final ChromeDriver driver;

	private final Path profile;

	private HeadlessChromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** Skips the test (or fails it on CI) when something it needs is missing. */
	static void require(boolean present, String reason) {
		if (present) {
			return;
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new AssertionError(reason + " (CI=true, so this is a failure rather than a skip)");
		}
		System.out.println("Skipping browser test: " + reason);
		Assumptions.abort(reason);
	}

	/**
	 * @param javascript false to browse with JavaScript switched off, as some readers do
	 */
	static HeadlessChromium start(boolean javascript) throws IOException {
		require(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
				"no " + BROWSER + " and " + DRIVER + " (install the Debian packages chromium and chromium-driver)");
		Path profile = Files.createTempDirectory("painwise-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1100,900", "--user-data-dir=" + profile);
		if (!javascript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return new HeadlessChromium(driver, profile);
	}

	ChromeDriver driver() {
		return driver;
	}

	@Override
	public void close() throws IOException {
		try {
			driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

}
