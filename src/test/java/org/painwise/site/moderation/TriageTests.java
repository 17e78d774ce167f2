package org.painwise.site.moderation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.painwise.site.comments.CommentFlag;

import static org.assertj.core.api.Assertions.assertThat;

class TriageTests {

	private final Triage triage = new Triage(List.of("should I", "double my dose"),
			List.of("kill myself", "don't want to be here", "suicid*"));

	@Test
	void flagsRequestsForPersonalAdviceAndCrisisLanguage() {
		assertThat(triage.screen("Should I double my dose tonight?")).containsExactly(CommentFlag.MEDICAL_ADVICE);
		assertThat(triage.screen("Some days I don’t want to be here any more")).containsExactly(CommentFlag.CRISIS);
		assertThat(triage.screen("It helped my sleep a lot.")).isEmpty();
	}

	@Test
	void matchesWholeWordsOnly() {
		assertThat(triage.screen("Shoulder pain, I shouldn't worry")).isEmpty();
		assertThat(triage.screen("SHOULD   I\nworry?")).containsExactly(CommentFlag.MEDICAL_ADVICE);
	}

	@Test
	void highlightsMatchesInEscapedText() {
		assertThat(triage.highlight("<b>Should I</b> double my dose?"))
			.isEqualTo("&lt;b&gt;<mark class=\"triage-medical_advice\">Should I</mark>&lt;/b&gt; "
					+ "<mark class=\"triage-medical_advice\">double my dose</mark>?");
	}

}
