package org.painwise.site.moderation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.painwise.site.comments.CommentFlag;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crisis phrase list the site ships with, checked against examples of what must and
 * what must not be marked as possible crisis language
 * ({@code triage/crisis-examples.txt}).
 */
class CrisisPhrasesTests {

	private final Triage triage = new Triage(
			new TriageProperties(new ClassPathResource("triage/medical-advice-phrases.txt"),
					new ClassPathResource("triage/crisis-phrases.txt"),
					new ClassPathResource("triage/side-effect-phrases.txt")));

	@Test
	void marksEveryExampleOfCrisisLanguage() throws IOException {
		List<String> missed = examples("flag:").stream()
			.filter(text -> !triage.screen(text).contains(CommentFlag.CRISIS))
			.toList();
		assertThat(missed).as("examples that should be marked as crisis language").isEmpty();
	}

	@Test
	void leavesEverydayWaysOfSpeakingAlone() throws IOException {
		List<String> marked = examples("not:").stream()
			.filter(text -> triage.screen(text).contains(CommentFlag.CRISIS))
			.toList();
		assertThat(marked).as("examples that should not be marked as crisis language").isEmpty();
	}

	@Test
	void theListIsReadAsItsHeaderSays() {
		Triage lists = new Triage(List.of(), List.of("can't go on", "suicid*", "end it all"));
		assertThat(lists.screen("I cant go on")).containsExactly(CommentFlag.CRISIS);
		assertThat(lists.screen("I CAN’T\n  GO ON")).containsExactly(CommentFlag.CRISIS);
		assertThat(lists.screen("feeling suicidal")).containsExactly(CommentFlag.CRISIS);
		assertThat(lists.screen("I'll spend it all on heat pads")).isEmpty();
		assertThat(lists.screen("# a note")).isEmpty();
	}

	@Test
	void notesAndBlankLinesAreNotPhrases() {
		List<String> phrases = Triage.phrasesIn(new ClassPathResource("triage/crisis-phrases.txt"));
		assertThat(phrases).isNotEmpty().noneMatch(p -> p.isBlank() || p.startsWith("#"));
		assertThat(phrases).contains("no point anymore", "all my tablets at once");
	}

	private static List<String> examples(String section) throws IOException {
		String text = new ClassPathResource("triage/crisis-examples.txt").getContentAsString(StandardCharsets.UTF_8);
		List<String> examples = new ArrayList<>();
		String current = null;
		for (String line : text.lines().map(String::strip).toList()) {
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (line.endsWith(":") && !line.contains(" ")) {
				current = line;
			}
			else if (section.equals(current)) {
				examples.add(line);
			}
		}
		assertThat(examples).as("examples under " + section).isNotEmpty();
		return examples;
	}

}
