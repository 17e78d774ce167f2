package org.painwise.site.moderation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * The placeholders a standard response may hold, and their values for one reply. A
 * response is refused when saved if it names any other placeholder, so a typo never
 * reaches a commenter.
 */
@Component
@RequiredArgsConstructor
class ResponsePlaceholders {

	/** Every placeholder, in the order the response form lists them. */
	static final List<String> KNOWN = List.of("name", "article", "moderator", "site", "helpline", "forum", "crisisline",
			"emergency");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]{1,40})}");

	private final SiteProperties site;

	/**
	 * The placeholders in the text that the site does not know, in the order they appear.
	 */
	static Set<String> unknownIn(String text) {
		Set<String> unknown = new LinkedHashSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			if (!KNOWN.contains(matcher.group(1))) {
				unknown.add("{" + matcher.group(1) + "}");
			}
		}
		return unknown;
	}

	/**
	 * The text with every known placeholder replaced.
	 * @param firstName the commenter's first name
	 * @param article the article's title
	 * @param moderator the replying staff member's display name
	 */
	String resolve(String text, String firstName, String article, String moderator) {
		Map<String, String> values = Map.of("name", firstName, "article", article, "moderator", moderator, "site",
				site.name(), "helpline", site.helpline().number() + " (" + site.helpline().hours() + ")", "forum",
				site.forumUrl().toString(), "crisisline", site.crisis().line(), "emergency", site.crisis().emergency());
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder resolved = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			matcher.appendReplacement(resolved, Matcher.quoteReplacement(value == null ? matcher.group() : value));
		}
		matcher.appendTail(resolved);
		return resolved.toString();
	}

}
