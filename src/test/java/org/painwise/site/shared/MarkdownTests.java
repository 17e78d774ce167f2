package org.painwise.site.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Article bodies become safe HTML with anchored headings, whatever the Markdown holds.
 */
class MarkdownTests {

	private final Markdown markdown = new Markdown();

	@Test
	void rendersFormattingListsLinksAndTables() {
		String html = markdown.render("""
				Some **bold** and *emphasis*.

				- one
				- two

				[NHS](https://www.nhs.uk/) and [about](/about)

				| Dose | When |
				|---|---|
				| 10mg | night |
				""").html();
		assertThat(html).contains("<strong>bold</strong>", "<em>emphasis</em>", "<li>one</li>", "href=\"/about\"",
				"<table>", "<td>10mg</td>");
		assertThat(html).containsPattern(
				"<a href=\"https://www.nhs.uk/\" rel=\"(noopener noreferrer|noreferrer noopener)\">NHS</a>");
	}

	@Test
	void telephoneAndEmailLinksKeepTheirAddresses() {
		String html = markdown.render("Call [116 123](tel:116123) or write to [us](mailto:help@example.org).").html();
		assertThat(html).contains("<a href=\"tel:116123\"", "<a href=\"mailto:help&#64;example.org\"");
	}

	@Test
	void headingsGetUniqueAnchorsAndFormTheContents() {
		Markdown.Rendered rendered = markdown.render("""
				## Side effects
				Text
				### Common side effects
				## Side effects
				## Café & crème: 2 notes!
				""");
		assertThat(rendered.html()).contains("<h2 id=\"side-effects\">", "<h3 id=\"common-side-effects\">",
				"<h2 id=\"side-effects-2\">", "<h2 id=\"cafe-creme-2-notes\">");
		assertThat(rendered.headings()).extracting(Markdown.Heading::anchor)
			.containsExactly("side-effects", "common-side-effects", "side-effects-2", "cafe-creme-2-notes");
		assertThat(rendered.headings()).extracting(Markdown.Heading::level).containsExactly(2, 3, 2, 2);
	}

	@Test
	void aLevelOneHeadingInABodyBecomesASection() {
		assertThat(markdown.render("# Big title").html()).contains("<h2 id=\"big-title\">").doesNotContain("<h1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"[click](javascript:alert(1))", "[click](JaVaScRiPt:alert(1))", "[x](data:text/html;base64,PHNjcmlwdD4=)",
			"<a href=\"javascript:alert(1)\">x</a>", "<svg onload=alert(1)><circle/></svg>",
			"<iframe src=\"https://evil.example\"></iframe>",
			"<div style=\"background:url(javascript:alert(1))\">x</div>", "<<script>script>alert(1)<</script>/script>",
			"![x](https://evil.example/x.png\" onerror=\"alert(1))", "<details open ontoggle=alert(1)>",
			"<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>", "[x](vbscript:msgbox(1))",
			"<form action=\"https://evil.example\"><button>Go</button></form>" })
	void hostileInputNeverBecomesActiveMarkup(String hostile) {
		String html = markdown.render(hostile).html();
		assertThat(html)
			.doesNotContainPattern("(?i)<(script|img|iframe|svg|math|details|form|button|style|object|embed)\\b");
		java.util.regex.Matcher tags = java.util.regex.Pattern.compile("<[a-zA-Z][^>]*>").matcher(html);
		while (tags.find()) {
			String tag = tags.group();
			assertThat(tag).as(hostile)
				.doesNotContainPattern("(?i)\\son[a-z]+\\s*=")
				.doesNotContainPattern("(?i)\\sstyle\\s*=")
				.doesNotContainPattern("(?i)(javascript|vbscript|data):");
		}
	}

	@Test
	void rawHtmlIsShownAsTextNotDropped() {
		assertThat(markdown.render("Use <b>care</b> with doses").html()).contains("&lt;b&gt;care&lt;/b&gt;");
	}

	@Test
	void slugsAreUrlSafe() {
		assertThat(Markdown.slugOf("  Amitriptyline — for PAIN!  ")).isEqualTo("amitriptyline-for-pain");
		assertThat(Markdown.slugOf("😀 ألم")).isEmpty();
		assertThat(Markdown.slugOf("x".repeat(200))).hasSize(80);
	}

}
