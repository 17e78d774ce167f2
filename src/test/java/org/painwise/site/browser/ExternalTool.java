package org.painwise.site.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A program that a test needs from outside the build: the system Chromium and
 * chromedriver, and HTML Tidy. Nothing is ever downloaded for a test.
 *
 * <p>
 * When something is missing, the tests that need it are skipped with a printed reason on
 * a developer's machine, and fail on a CI server (environment variable {@code CI=true}),
 * where a silently skipped check would look like a passing one.
 *
 * <p>
 * An extension that needs a tool checks for it twice: as an {@code ExecutionCondition},
 * with {@link #condition}, so that on a developer's machine the whole class is skipped
 * before anything starts and every one of its tests is reported as skipped; and again in
 * {@code beforeAll}, with {@link #executable} or {@link #program}, which fails the class
 * on CI.
 */
final class ExternalTool {

	private ExternalTool() {
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
		missingExecutable(description, property, defaultPath, hint).ifPresent(reason -> unavailable(testName, reason));
		return Path.of(System.getProperty(property, defaultPath));
	}

	/**
	 * A program at the path a system property gives, or else found by name on the
	 * {@code PATH}.
	 * @param name the program's file name, e.g. "tidy"
	 * @param property the system property that may give its full path
	 * @param hint how to install it, for the message
	 * @param testName the test that needs it, for the message
	 * @return the program's path
	 */
	static Path program(String name, String property, String hint, String testName) {
		Optional<Path> found = findProgram(name, property);
		if (found.isEmpty()) {
			unavailable(testName, missingProgram(name, property, hint).orElseThrow());
		}
		return found.get();
	}

	/** Why the program is not there, or empty when it is. */
	static Optional<String> missingExecutable(String description, String property, String defaultPath, String hint) {
		Path path = Path.of(System.getProperty(property, defaultPath));
		if (Files.isRegularFile(path) && Files.isExecutable(path)) {
			return Optional.empty();
		}
		return Optional
			.of(description + " not found at " + path + " (" + hint + "; or set -D" + property + " to its path)");
	}

	/** Why the program cannot be found, or empty when it can. */
	static Optional<String> missingProgram(String name, String property, String hint) {
		if (findProgram(name, property).isPresent()) {
			return Optional.empty();
		}
		String configured = System.getProperty(property);
		return Optional.of(name + " not found " + ((configured != null) ? "at " + configured : "on the PATH") + " ("
				+ hint + "; or set -D" + property + " to its path)");
	}

	/**
	 * Whether a test class may run, for an {@code ExecutionCondition}. Off CI a missing
	 * tool disables the class, with the reason printed; on CI the class runs, so that the
	 * extension's {@code beforeAll} fails it.
	 * @param testName the test class, for the message
	 * @param missing why a tool is missing, or empty when everything is there
	 */
	static ConditionEvaluationResult condition(String testName, Optional<String> missing) {
		if (missing.isEmpty()) {
			return ConditionEvaluationResult.enabled("the external tools it needs are installed");
		}
		if (onCi()) {
			return ConditionEvaluationResult.enabled("CI=true, so a missing tool fails the test: " + missing.get());
		}
		System.out.println(skippedMessage(testName, missing.get()));
		return ConditionEvaluationResult.disabled(missing.get());
	}

	/**
	 * Stops the test for want of a tool: a failure on CI, otherwise a skip with the
	 * reason printed where a person running the build will see it.
	 */
	static void unavailable(String testName, String reason) {
		if (onCi()) {
			fail(testName + " cannot run: " + reason + ". CI=true, so a missing tool is a failure.");
		}
		System.out.println(skippedMessage(testName, reason));
		Assumptions.abort(reason);
	}

	static boolean onCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	private static String skippedMessage(String testName, String reason) {
		return "SKIPPED " + testName + ": " + reason + ". (With CI=true this is a failure.)";
	}

	private static Optional<Path> findProgram(String name, String property) {
		String configured = System.getProperty(property);
		if (configured != null) {
			return Optional.of(Path.of(configured))
				.filter(path -> Files.isRegularFile(path) && Files.isExecutable(path));
		}
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
