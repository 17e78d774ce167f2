package org.painwise.site.editorial;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word count and Flesch reading ease of an article body: 206.835 − 1.015 × (words per
 * sentence) − 84.6 × (syllables per word). Higher is easier; 60 to 70 is plain English.
 * Syllables are counted with a simple English rule (groups of vowels, less a silent final
 * "e"), which is close enough for a hint.
 *
 * @param words how many words the body has
 * @param sentences how many sentences
 * @param syllables how many syllables, estimated
 */
record Readability(int words, int sentences, int syllables) {

	private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’]*|[0-9]+(?:[.,][0-9]+)*");

	private static final Pattern SENTENCE_END = Pattern
		.compile("[.!?]+(?=\\s|$)|\\n\\s*\\n|\\n(?=\\s*[-*+#|]|\\s*[0-9]+\\.)");

	private static final Pattern VOWEL_GROUPS = Pattern.compile("[aeiouy]+");

	/**
	 * Measures Markdown, leaving out addresses, code and markup that readers do not read.
	 */
	static Readability ofMarkdown(String markdown) {
		String text = markdown == null ? "" : markdown;
		text = text.replaceAll("(?s)```.*?```", " ")
			.replaceAll("!\\[([^\\]]*)\\]\\([^)]*\\)", " ")
			.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
			.replaceAll("<[^>]+>", " ")
			.replaceAll("(?m)^\\s{0,3}#{1,6}\\s+(.*)$", "$1.")
			.replaceAll("[*_`>|]", " ");
		return of(text);
	}

	/** Measures plain text. */
	static Readability of(String text) {
		int words = 0;
		int syllables = 0;
		Matcher word = WORD.matcher(text);
		while (word.find()) {
			words++;
			syllables += syllablesIn(word.group());
		}
		int sentences = 0;
		for (String part : SENTENCE_END.split(text)) {
			if (WORD.matcher(part).find()) {
				sentences++;
			}
		}
		return new Readability(words, Math.max(sentences, words > 0 ? 1 : 0), syllables);
	}

	static int syllablesIn(String word) {
		String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		if (w.isEmpty()) {
			return 1; // a number is read as at least one syllable
		}
		if (w.length() <= 3) {
			return 1;
		}
		w = w.replaceAll("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "").replaceAll("^y", "");
		Matcher groups = VOWEL_GROUPS.matcher(w);
		int count = 0;
		while (groups.find()) {
			count++;
		}
		return Math.max(1, count);
	}

	/** The Flesch reading ease score, or 100 for an empty body. */
	public double score() {
		if (words == 0) {
			return 100;
		}
		return 206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words);
	}

	/**
	 * The score rounded to a whole number and kept within 0 to 100, as the editor shows
	 * it.
	 */
	public long roundedScore() {
		return Math.max(0, Math.min(100, Math.round(score())));
	}

	/** A message key that says what the score means in plain words. */
	public String band() {
		double score = score();
		if (score >= 80) {
			return "editorial.readability.band.easy";
		}
		if (score >= 60) {
			return "editorial.readability.band.plain";
		}
		if (score >= 50) {
			return "editorial.readability.band.fairlyHard";
		}
		if (score >= 30) {
			return "editorial.readability.band.hard";
		}
		return "editorial.readability.band.veryHard";
	}

}
