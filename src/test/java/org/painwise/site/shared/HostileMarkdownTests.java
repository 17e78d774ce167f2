package org.painwise.site.shared;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Article bodies written to attack readers: whatever goes in, no script, event handler,
 * style, foreign image or dangerous URL comes out, and the editor is told what was taken
 * out.
 */
class HostileMarkdownTests {

	private final Markdown markdown = new Markdown();

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "Hello <script src=//evil.example/x.js></script> there",
			"<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">click</a>", "[click](javascript:alert(1))",
			"[click](JaVaScRiPt:alert(1))", "[data](data:text/html;base64,PHNjcmlwdD4=)",
			"![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)", "<svg onload=alert(1)><circle r=1></svg>",
			"<svg><script>alert(1)</script></svg>",
			"<div><p><b onclick=alert(1)>nested <i>deep <script>x()</script></i></b></p></div>",
			"<iframe src=https://evil.example></iframe>", "<style>body{display:none}</style>",
			"<p style=\"background:url(javascript:alert(1))\">styled</p>",
			"<math><mi xlink:href=javascript:alert(1)>x</mi></math>", "![x](https://evil.example/track.png)",
			"![x](/images/1\" onerror=\"alert(1))", "<form action=https://evil.example><input></form>",
			"<object data=evil.swf></object>", "[x](vbscript:msgbox(1))", "<<script>script>alert(1)<</script>/script>",
			"<a href=\"&#106;avascript:alert(1)\">entity</a>", "[x](&#106;avascript:alert(1))" })
	void nothingDangerousSurvives(String hostile) {
		String html = markdown.render(hostile).html();
		// raw HTML may be shown as escaped text; what matters is the markup that is left
		Matcher tag = TAG.matcher(html);
		while (tag.find()) {
			String name = tag.group(1).toLowerCase();
			assertThat(ALLOWED).as(html).contains(name);
			Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
			while (attribute.find()) {
				String attributeName = attribute.group(1).toLowerCase();
				String value = attribute.group(2).toLowerCase();
				assertThat(attributeName).as(html).isIn("href", "rel", "src", "alt", "id", "start", "align");
				assertThat(value).as(html).doesNotContain("javascript", "vbscript", "data:", "evil.example");
				if (attributeName.equals("src")) {
					assertThat(value).as(html).matches("/images/[0-9]+");
				}
			}
		}
	}

	private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");

	private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");

	private static final Set<String> ALLOWED = Set.of("p", "br", "hr", "strong", "em", "b", "i", "code", "pre",
			"blockquote", "ul", "ol", "li", "a", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th",
			"td", "del", "sup", "sub", "img");

	@Test
	void rawHtmlIsReportedToTheEditorNotSilentlyDropped() {
		List<Markdown.Removal> removals = markdown.check("Hello <script>alert(1)</script>\n\n<div onclick=x>hi</div>")
			.removals();
		assertThat(removals).extracting(Markdown.Removal::kind).containsOnly("html");
		assertThat(removals).extracting(Markdown.Removal::what).contains("<script>", "<div onclick=x>hi</div>");
	}

	@Test
	void aJavascriptLinkIsReportedAsARemovedAddress() {
		Markdown.Checked checked = markdown.check("[click](javascript:alert(1)) and [fine](https://nhs.uk)");
		assertThat(checked.removals()).contains(new Markdown.Removal("element", "a", null));
		assertThat(checked.rendered().html()).contains("href=\"https://nhs.uk\"").doesNotContain("javascript");
	}

	@Test
	void aForeignImageIsRemovedAndReported() {
		Markdown.Checked checked = markdown.check("![a tracker](https://evil.example/t.png)");
		assertThat(checked.rendered().html()).doesNotContain("<img");
		assertThat(checked.removals()).isNotEmpty();
	}

	@Test
	void anImageStoredOnTheSiteWithAltTextIsShown() {
		Markdown.Checked checked = markdown.check("![A pill organiser with seven compartments](/images/12)");
		assertThat(checked.rendered().html())
			.contains("<img src=\"/images/12\" alt=\"A pill organiser with seven compartments\" />");
		assertThat(checked.removals()).isEmpty();
		assertThat(checked.images())
			.containsExactly(new Markdown.ImageReference("/images/12", "A pill organiser with seven compartments"));
	}

	@Test
	void aSiteImageWithoutAltTextIsNotShown() {
		Markdown.Checked checked = markdown.check("![](/images/12)");
		assertThat(checked.rendered().html()).doesNotContain("<img");
		assertThat(checked.images()).containsExactly(new Markdown.ImageReference("/images/12", ""));
	}

	@Test
	void plainMarkdownIsReportedAsClean() {
		assertThat(markdown.check(
				"## Dose\n\nTake **one** tablet. See [the NHS](https://www.nhs.uk).\n\n| a | b |\n|---|---|\n| 1 | 2 |")
			.removals()).isEmpty();
	}

}
