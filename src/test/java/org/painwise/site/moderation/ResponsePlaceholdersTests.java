package org.painwise.site.moderation;

import java.net.URI;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.painwise.site.shared.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** Placeholders in standard responses: which are known, and what each becomes. */
class ResponsePlaceholdersTests {

	private final ResponsePlaceholders placeholders = new ResponsePlaceholders(
			new SiteProperties("Ease", URI.create("https://ease.example"), "help@ease.example", "no-reply@ease.example",
					URI.create("https://forum.ease.example/"), "Disclaimer.", ZoneId.of("Europe/London"),
					new SiteProperties.Helpline("0300 000 0000", "weekdays 9 to 5"),
					new SiteProperties.Crisis("Crisis line: 116 123", "116 123", "In an emergency call 999.", "999",
							"For urgent help call 111.", "111")));

	@Test
	void everyKnownPlaceholderIsFilledIn() {
		String text = "Hi {name}, about {article}: {helpline}; {forum}; {crisisline} {emergency} {moderator}, {site}";
		assertThat(placeholders.resolve(text, "Maria", "Amitriptyline", "James"))
			.isEqualTo("Hi Maria, about Amitriptyline: 0300 000 0000 (weekdays 9 to 5); https://forum.ease.example/; "
					+ "Crisis line: 116 123 In an emergency call 999. James, Ease");
	}

	@Test
	void valuesAreInsertedLiterallyAndUnknownOnesAreReported() {
		assertThat(placeholders.resolve("Hi {name}", "$1 \\o/", "A", "B")).isEqualTo("Hi $1 \\o/");
		assertThat(ResponsePlaceholders.unknownIn("Hi {name}, {Name} {nmae} {site} { spaced } {nmae}"))
			.containsExactly("{Name}", "{nmae}");
		assertThat(ResponsePlaceholders.unknownIn("No placeholders, just {} braces.")).isEmpty();
	}

}
