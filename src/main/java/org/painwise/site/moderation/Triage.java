package org.painwise.site.moderation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.painwise.site.comments.CommentFlag;
import org.painwise.site.comments.CommentScreening;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Reads every new comment for possible requests for personal medical advice and for
 * possible crisis language, so moderators see those first and can answer with the right
 * standard response. The phrases come from plain lists a moderation lead can review (see
 * {@link TriageProperties}); matching is on whole words, ignoring case, spacing and
 * apostrophes.
 */
@Component
class Triage implements CommentScreening {

	private final List<Phrase> phrases;

	/**
	 * For screening, each flag's phrases as one pattern over lower-case text: one pass
	 * over a comment per flag instead of one case-insensitive pass per phrase.
	 */
	private final Map<CommentFlag, Pattern> screens;

	@Autowired
	Triage(TriageProperties properties) {
		this(phrasesIn(properties.medicalAdvicePhrases()), phrasesIn(properties.crisisPhrases()),
				phrasesIn(properties.sideEffectPhrases()));
	}

	Triage(List<String> medicalAdvice, List<String> crisis) {
		this(medicalAdvice, crisis, List.of());
	}

	Triage(List<String> medicalAdvice, List<String> crisis, List<String> sideEffects) {
		Map<CommentFlag, List<String>> lists = new EnumMap<>(CommentFlag.class);
		lists.put(CommentFlag.CRISIS, crisis);
		lists.put(CommentFlag.MEDICAL_ADVICE, medicalAdvice);
		lists.put(CommentFlag.SIDE_EFFECT, sideEffects);
		List<Phrase> all = new ArrayList<>();
		Map<CommentFlag, List<String>> alternatives = new EnumMap<>(CommentFlag.class);
		lists.forEach((flag, texts) -> texts.forEach(text -> {
			all.add(Phrase.of(text, flag));
			alternatives.computeIfAbsent(flag, f -> new ArrayList<>()).add(Phrase.regex(text.toLowerCase(Locale.ROOT)));
		}));
		// crisis first, where phrases overlap
		all.sort(Comparator.comparingInt(phrase -> phrase.flag() == CommentFlag.CRISIS ? 0 : 1));
		this.phrases = List.copyOf(all);
		Map<CommentFlag, Pattern> patterns = new EnumMap<>(CommentFlag.class);
		alternatives
			.forEach((flag, regexes) -> patterns.put(flag, Pattern.compile("(?:" + String.join("|", regexes) + ")")));
		this.screens = patterns;
	}

	/**
	 * The phrases of a list file: one a line, without blank lines and {@code #} notes.
	 */
	static List<String> phrasesIn(Resource list) {
		try {
			return list.getContentAsString(StandardCharsets.UTF_8)
				.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the triage phrase list " + list.getDescription(), ex);
		}
	}

	@Override
	public Set<CommentFlag> screen(String text) {
		Set<CommentFlag> flags = EnumSet.noneOf(CommentFlag.class);
		String lowerCase = normalise(text).toLowerCase(Locale.ROOT);
		screens.forEach((flag, pattern) -> {
			if (pattern.matcher(lowerCase).find()) {
				flags.add(flag);
			}
		});
		return flags;
	}

	/** A place in a comment where triage found a phrase. */
	record Match(int start, int end, CommentFlag flag) {
	}

	List<Match> matches(String text) {
		String normalised = normalise(text);
		List<Match> matches = new ArrayList<>();
		for (Phrase phrase : phrases) {
			Matcher matcher = phrase.pattern().matcher(normalised);
			while (matcher.find()) {
				matches.add(new Match(matcher.start(), matcher.end(), phrase.flag()));
			}
		}
		matches.sort(Comparator.comparingInt(Match::start).thenComparing(m -> -m.end()));
		List<Match> separate = new ArrayList<>();
		int covered = 0;
		for (Match match : matches) {
			if (match.start() >= covered) {
				separate.add(match);
				covered = match.end();
			}
		}
		return separate;
	}

	/**
	 * The comment as escaped HTML with every matched phrase in a {@code <mark>} that says
	 * which kind of flag it raised.
	 */
	String highlight(String text) {
		StringBuilder html = new StringBuilder();
		int last = 0;
		for (Match match : matches(text)) {
			html.append(escape(text.substring(last, match.start())));
			html.append("<mark class=\"triage-")
				.append(match.flag().name().toLowerCase(Locale.ROOT))
				.append("\">")
				.append(escape(text.substring(match.start(), match.end())))
				.append("</mark>");
			last = match.end();
		}
		html.append(escape(text.substring(last)));
		return html.toString();
	}

	// curly apostrophes become straight ones; the length stays the same so positions
	// still match
	private static String normalise(String text) {
		return text.replace('\u2019', '\'').replace('\u2018', '\'');
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private record Phrase(Pattern pattern, CommentFlag flag) {

		/**
		 * Words separated by any white space; an apostrophe may be left out; a final
		 * {@code *} matches any ending of the last word.
		 */
		static Phrase of(String text, CommentFlag flag) {
			return new Phrase(Pattern.compile(regex(text), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), flag);
		}

		/** The phrase as a regular expression, matching case as written. */
		static String regex(String text) {
			String phrase = normalise(text.strip());
			boolean anyEnding = phrase.endsWith("*");
			if (anyEnding) {
				phrase = phrase.substring(0, phrase.length() - 1);
			}
			StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
			String[] words = phrase.split("\\s+");
			for (int i = 0; i < words.length; i++) {
				if (i > 0) {
					regex.append("\\s+");
				}
				String[] parts = words[i].split("'", -1);
				for (int j = 0; j < parts.length; j++) {
					if (j > 0) {
						regex.append("'?");
					}
					if (!parts[j].isEmpty()) {
						regex.append(Pattern.quote(parts[j]));
					}
				}
			}
			regex.append(anyEnding ? "[\\p{L}\\p{N}]*" : "(?![\\p{L}\\p{N}])");
			return regex.toString();
		}

	}

}
