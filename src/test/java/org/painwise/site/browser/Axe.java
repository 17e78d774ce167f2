package org.painwise.site.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;

/**
 * The axe-core accessibility checker, run inside the page a browser has open. Its script
 * ({@code axe.min.js}) comes from Deque's own Maven artifact
 * ({@code com.deque.html.axe-core:selenium}, a test dependency whose version is the pom's
 * {@code axe-core.version}) and is read from the test classpath once for the whole run.
 * Its rules include WCAG 2.2's, which the newest axe-core WebJar on Maven Central (4.6.3)
 * lacks. Every rule set asked for must have rules, so a version without them fails loudly
 * instead of passing every page.
 *
 * <p>
 * Each page is checked once in the whole suite, by the test class that is about it: axe
 * on a long article with its conversation takes many seconds.
 *
 * <p>
 * The script is injected through WebDriver, which the page's Content Security Policy
 * ({@code script-src 'self'}) does not apply to, so the site's policy stays as strict as
 * it is in production.
 */
public final class Axe {

	/**
	 * The rule sets checked: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best
	 * practices.
	 */
	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

	private static final String RUN = """
			var done = arguments[arguments.length - 1];
			axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then(function (results) {
			  done({violations: results.violations.map(function (v) {
			    return {id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
			      nodes: v.nodes.map(function (n) { return JSON.stringify(n.target) + ' ' + (n.failureSummary || ''); })};
			  })});
			}, function (error) {
			  done({error: String(error)});
			});
			""";

	private static final String PATH = "axe.min.js";

	private static final String SCRIPT = load();

	private Axe() {
	}

	private static String load() {
		try (InputStream script = Axe.class.getClassLoader().getResourceAsStream(PATH)) {
			if (script == null) {
				throw new IllegalStateException("axe-core's script is not on the test classpath (" + PATH + ")");
			}
			return new String(script.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Checks the page the browser has open.
	 * @return the rules the page breaks; empty when axe finds nothing wrong
	 */
	public static List<Violation> check(JavascriptExecutor browser) {
		browser.executeScript(SCRIPT);
		Object loaded = browser.executeScript("return typeof axe === 'object' && typeof axe.run === 'function';");
		if (!Boolean.TRUE.equals(loaded)) {
			throw new IllegalStateException("axe-core did not load into the page (was the script blocked?)");
		}
		Object hollow = browser.executeScript(
				"return arguments[0].filter(function (tag) { return axe.getRules([tag]).length === 0; });", TAGS);
		if (!((List<?>) hollow).isEmpty()) {
			throw new IllegalStateException("This axe-core has no rules for " + hollow);
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> outcome = (Map<String, Object>) browser.executeAsyncScript(RUN, TAGS);
		if (outcome.containsKey("error")) {
			throw new IllegalStateException("axe-core could not check the page: " + outcome.get("error"));
		}
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> violations = (List<Map<String, Object>>) outcome.get("violations");
		return violations.stream().map(Violation::of).toList();
	}

	/**
	 * A list of violations as a person fixing them wants to read it, one rule per
	 * paragraph.
	 */
	public static String describe(List<Violation> violations) {
		return violations.stream().map(Violation::toString).collect(Collectors.joining("\n\n"));
	}

	/**
	 * A rule the page breaks.
	 *
	 * @param id the axe rule, e.g. {@code color-contrast}
	 * @param impact minor, moderate, serious or critical
	 * @param help what the rule asks for
	 * @param helpUrl where the rule is explained
	 * @param nodes the offending elements: each one's CSS selector and what is wrong with
	 * it
	 */
	public record Violation(String id, String impact, String help, String helpUrl, List<String> nodes) {

		@SuppressWarnings("unchecked")
		static Violation of(Map<String, Object> raw) {
			return new Violation((String) raw.get("id"), (String) raw.get("impact"), (String) raw.get("help"),
					(String) raw.get("helpUrl"), (List<String>) raw.get("nodes"));
		}

		@Override
		public String toString() {
			return this.id + " (" + this.impact + "): " + this.help + " <" + this.helpUrl + ">"
					+ this.nodes.stream()
						.map(node -> "\n  - " + node.replace("\n", "\n    "))
						.collect(Collectors.joining());
		}

	}

}
