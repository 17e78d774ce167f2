package org.painwise.site.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A program or file that a test needs from outside the build: the system Chromium and
 * chromedriver, HTML Tidy, the axe-core script. Nothing is ever downloaded for a test.
 *
 * <p>When something is missing, the tests that need it are skipped with a printed reason on a
 * developer's machine, and fail on a CI server (environment variable {@code CI=true}), where a
 * silently skipped check would look like a passing one.
 */
final class ExternalTool {

	private ExternalTool() {
	}

	/**
	 * A file at the path a system property gives, or else at its usual path.
	 * @param description what the file is, for the message, e.g. "the axe-core script"
	 * @param property the system property that may point somewhere else
	 * @param defaultPath where the file usually is
	 * @param hint how to get it, for the message
	 * @param testName the test that needs it, for the message
	 * @return the path of a readable file
	 */
	static Path file(String description, String property, String defaultPath, String hint, String testName) {
		Path path = Path.of(System.getProperty(property, defaultPath));
		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			unavailable(testName, description + " not found at " + path + " (" + hint + "; or set -D" + property
					+ " to its path)");
		}
		return path;
	}

	/**
	 * A program at the path a system property gives, or else at its usual path.
	 * @param description what the program is, for the message, e.g. "Chromium"
	 * @param property the system property that may point somewhere else
	 * @param defaultPath where the program usually is
	 * @param hint how to install it, for the message
	 * @param testName the test that needs it, for the message
	 * @return the path of an executable file
	 */
	static Path executable(String description, String property, String defaultPath, String hint, String testName) {
		Path path = Path.of(System.getProperty(property, defaultPath));
		if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
			unavailable(testName, description + " not found at " + path + " (" + hint + "; or set -D" + property
					+ " to its path)");
		}
		return path;
	}

	/**
	 * A program at the path a system property gives, or else found by name on the {@code PATH}.
	 * @param name the program's file name, e.g. "tidy"
	 * @param property the system property that may give its full path
	 * @param hint how to install it, for the message
	 * @param testName the test that needs it, for the message
	 * @return the program's path
	 */
	static Path program(String name, String property, String hint, String testName) {
		String configured = System.getProperty(property);
		Optional<Path> found = (configured != null) ? Optional.of(Path.of(configured)).filter(Files::isExecutable)
				: onPath(name);
		if (found.isEmpty()) {
			unavailable(testName, name + " not found " + ((configured != null) ? "at " + configured : "on the PATH")
					+ " (" + hint + "; or set -D" + property + " to its path)");
		}
		return found.get();
	}

	/**
	 * Stops the test for want of a tool: a failure on CI, otherwise a skip with the reason
	 * printed where a person running the build will see it.
	 */
	static void unavailable(String testName, String reason) {
		if (onCi()) {
			fail(testName + " cannot run: " + reason + ". CI=true, so a missing tool is a failure.");
		}
		System.out.println("SKIPPED " + testName + ": " + reason + ". (With CI=true this is a failure.)");
		Assumptions.abort(reason);
	}

	static boolean onCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	private static Optional<Path> onPath(String name) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		for (String directory : path.split(File.pathSeparator)) {
			if (!directory.isEmpty()) {
				Path candidate = Path.of(directory, name);
				if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

}
