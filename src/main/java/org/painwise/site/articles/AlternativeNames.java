package org.painwise.site.articles;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Other names for an article, as the editor types them: a comma-separated list ("Elavil,
 * Trepiline"), tidied (spaces folded, blanks and repeats in any case dropped) before it
 * is stored.
 */
public final class AlternativeNames {

	/** The longest name kept; longer ones are cut. */
	public static final int MAX_NAME_LENGTH = 80;

	private AlternativeNames() {
	}

	/** The names in a comma-separated list, tidied. */
	public static List<String> split(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return tidy(Arrays.asList(text.split(",")));
	}

	static String join(List<String> names) {
		return String.join(", ", tidy(names));
	}

	private static List<String> tidy(List<String> names) {
		Set<String> seen = new LinkedHashSet<>();
		return names.stream()
			.map(name -> name == null ? "" : name.replace(',', ' ').replaceAll("\\s+", " ").strip())
			.filter(name -> !name.isEmpty())
			.map(name -> name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH).strip() : name)
			.filter(name -> seen.add(name.toLowerCase(Locale.ROOT)))
			.toList();
	}

}
