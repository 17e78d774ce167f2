package org.painwise.site.editorial;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReadabilityTests {

	@Test
	void countsSyllablesTheWayAReaderSaysThem() {
		assertThat(Readability.syllablesIn("cat")).isEqualTo(1);
		assertThat(Readability.syllablesIn("tablet")).isEqualTo(2);
		assertThat(Readability.syllablesIn("medicine")).isEqualTo(3);
		assertThat(Readability.syllablesIn("take")).isEqualTo(1);
		assertThat(Readability.syllablesIn("information")).isEqualTo(4);
		assertThat(Readability.syllablesIn("pharmacist")).isEqualTo(3);
	}

	@Test
	void shortPlainSentencesAreEasy() {
		Readability r = Readability.of("The cat sat on the mat. It was a good cat.");
		assertThat(r.words()).isEqualTo(11);
		assertThat(r.sentences()).isEqualTo(2);
		assertThat(r.syllables()).isEqualTo(11);
		// 206.835 - 1.015 * 5.5 - 84.6 * 11/11
		assertThat(r.score()).isCloseTo(206.835 - 1.015 * 5.5 - 84.6, within(0.001));
		assertThat(r.band()).isEqualTo("editorial.readability.band.easy");
		// the formula goes above 100 for very short words; the editor shows at most 100
		assertThat(r.score()).isGreaterThan(100);
		assertThat(r.roundedScore()).isEqualTo(100);
	}

	@Test
	void longLatinateSentencesAreHard() {
		Readability r = Readability.of("Pharmacological intervention utilising anticonvulsant medication "
				+ "necessitates individualised titration, considering comorbidities, concomitant "
				+ "administration of centrally acting depressants, and renal impairment.");
		assertThat(r.sentences()).isEqualTo(1);
		assertThat(r.score()).isLessThan(30);
		assertThat(r.band()).isEqualTo("editorial.readability.band.veryHard");
	}

	@Test
	void markdownAddressesAndMarkupAreNotCounted() {
		Readability r = Readability.ofMarkdown("## Taking it\n\nSee [the NHS page](https://www.nhs.uk/medicines/x). "
				+ "![A box of tablets](/images/3)");
		assertThat(r.words()).isEqualTo(6); // Taking it See the NHS page
		assertThat(r.sentences()).isEqualTo(2);
	}

	@Test
	void anEmptyBodyHasNoWords() {
		assertThat(Readability.ofMarkdown("").words()).isZero();
		assertThat(Readability.ofMarkdown(null).score()).isEqualTo(100);
	}

}
