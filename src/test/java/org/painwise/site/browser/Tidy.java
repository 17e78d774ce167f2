package org.painwise.site.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * HTML Tidy (Debian package {@code tidy}) as a checker for the HTML the site sends. It is
 * found on the {@code PATH}, or at {@code -Dtidy.binary}; without it the class's tests
 * are reported as skipped with the reason printed, or fail when {@code CI=true} (see
 * {@link ExternalTool}). Register it in the test class:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final Tidy tidy = new Tidy();
 * </pre>
 */
final class Tidy implements ExecutionCondition, BeforeAllCallback {

	static final String BINARY_PROPERTY = "tidy.binary";

	private static final String HINT = "install the Debian package tidy";

	private Path binary;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (context.getTestMethod().isPresent()) {
			return ConditionEvaluationResult.enabled("checked for the whole class");
		}
		return ExternalTool.condition(context.getDisplayName(),
				ExternalTool.missingProgram("tidy", BINARY_PROPERTY, HINT));
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.binary = ExternalTool.program("tidy", BINARY_PROPERTY, HINT, context.getDisplayName());
	}

	/**
	 * Tidy's errors and warnings about a page.
	 * @param html the page as the site sent it
	 * @param limitations messages that are Tidy's own limitations rather than problems in
	 * the page
	 * @return one line per problem as Tidy words it ("line 3 column 5 - Warning: ...");
	 * empty when Tidy finds nothing wrong
	 */
	List<String> problems(String html, Predicate<String> limitations) throws IOException, InterruptedException {
		if (this.binary == null) {
			throw new IllegalStateException("Tidy was not found: register Tidy as a static @RegisterExtension");
		}
		// the page goes in from a file, so Tidy can never block on a full pipe while it
		// is still being fed
		Path page = Files.createTempFile("painwise-page-", ".html");
		try {
			Files.writeString(page, html, StandardCharsets.UTF_8);
			Process tidy = new ProcessBuilder(this.binary.toString(), "-errors", "-quiet", "--show-warnings", "yes",
					"--gnu-emacs", "no", "-utf8")
				.redirectInput(page.toFile())
				.redirectErrorStream(true)
				.start();
			String report = new String(tidy.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!tidy.waitFor(30, TimeUnit.SECONDS)) {
				tidy.destroyForcibly();
				throw new IllegalStateException("Tidy did not finish within 30 seconds");
			}
			// exit status 0: nothing to report, 1: warnings, 2: errors; anything else is
			// Tidy failing
			if (tidy.exitValue() > 2) {
				throw new IllegalStateException("Tidy failed with exit status " + tidy.exitValue() + ": " + report);
			}
			List<String> problems = report.lines().filter(line -> !line.isBlank()).toList();
			if (tidy.exitValue() != 0 && problems.isEmpty()) {
				throw new IllegalStateException(
						"Tidy exited with status " + tidy.exitValue() + " but did not say what was wrong");
			}
			return problems.stream().filter(limitations.negate()).toList();
		}
		finally {
			Files.deleteIfExists(page);
		}
	}

}
