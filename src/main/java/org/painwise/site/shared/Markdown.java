package org.painwise.site.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Turns Markdown into HTML that is safe to put on a page, and lists the section headings
 * so a page can show its contents with working anchors.
 *
 * <p>
 * The HTML is cleaned with an allow-list after rendering: raw HTML in the source is
 * escaped, and only plain formatting, links to http(s), mailto and tel addresses or to
 * the site itself, tables, heading anchors, and images stored on the site itself
 * ({@code /images/123}) that have alt text. No script, event handler, style or
 * {@code javascript:} URL can get through.
 */
@Component
public class Markdown {

	private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");

	/** The only images an article may show: ones uploaded to the site. */
	public static final Pattern SITE_IMAGE = Pattern.compile("/images/[0-9]{1,18}");

	/** The kinds of address a link may have, besides the site's own pages. */
	private static final List<String> LINK_PROTOCOLS = List.of("http", "https", "mailto", "tel");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "strong", "em", "b", "i", "code", "pre", "blockquote", "ul", "ol", "li", "a",
				"h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "del", "sup", "sub")
		.allowAttributes("id")
		.matching(Pattern.compile("[a-z0-9-]{1,100}"))
		.onElements("h2", "h3", "h4", "h5", "h6")
		.allowAttributes("href")
		.onElements("a")
		.allowUrlProtocols(LINK_PROTOCOLS.toArray(String[]::new))
		.allowAttributes("start")
		.matching(Pattern.compile("[0-9]{1,4}"))
		.onElements("ol")
		.allowAttributes("align")
		.matching(true, "left", "right", "center")
		.onElements("th", "td")
		.requireRelsOnLinks("noopener", "noreferrer")
		.allowAttributes("src")
		.matching(SITE_IMAGE)
		.onElements("img")
		.allowAttributes("alt")
		.matching(Pattern.compile("(?s).*\\S.*"))
		.onElements("img")
		// an image without a site address or without alt text is dropped whole
		.allowElements((name, attributes) -> attributes.contains("src") && attributes.contains("alt") ? name : null,
				"img")
		.toFactory();

	private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();

	/**
	 * A heading in the rendered body.
	 *
	 * @param level 2 for a section, 3 for a sub-section, and so on
	 * @param text the heading as plain text
	 * @param anchor the id of the heading element, for a {@code #} link
	 */
	public record Heading(int level, String text, String anchor) {
	}

	/**
	 * @param html sanitised HTML, safe to insert unescaped
	 * @param headings the level-2 and level-3 headings in document order
	 */
	public record Rendered(String html, List<Heading> headings) {
	}

	/**
	 * Something the allow-list took out of a body, for telling the editor.
	 *
	 * @param kind {@code html} for raw HTML written in the Markdown (shown as text, never
	 * as markup), {@code element} for an element removed, {@code attribute} for an
	 * attribute removed
	 * @param what the HTML, element name or attribute name
	 * @param element for an attribute, the element it was on
	 */
	public record Removal(String kind, String what, String element) {
	}

	/** An image in the Markdown, with its address and alt text as written. */
	public record ImageReference(String src, String alt) {
	}

	/**
	 * What an editor's preview needs: the page as readers will see it and what was taken
	 * out.
	 */
	public record Checked(Rendered rendered, List<Removal> removals, List<ImageReference> images) {
	}

	/**
	 * Renders the body as {@link #render} does, and also reports everything the
	 * allow-list or the escaping of raw HTML would take out, so nothing is dropped
	 * without the editor knowing.
	 */
	public Checked check(String markdown) {
		Node document = parser.parse(markdown == null ? "" : markdown);
		List<Removal> removals = new ArrayList<>();
		List<ImageReference> images = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(HtmlBlock block) {
				removals.add(new Removal("html", abbreviate(block.getLiteral()), null));
			}

			@Override
			public void visit(HtmlInline inline) {
				removals.add(new Removal("html", abbreviate(inline.getLiteral()), null));
			}

			@Override
			public void visit(Image image) {
				images.add(new ImageReference(image.getDestination(), plainText(image).strip()));
				visitChildren(image);
			}
		});
		// the report comes from HTML rendered without CommonMark's own URL clean-up, so
		// the
		// allow-list sees (and reports) a javascript: link rather than an already emptied
		// one
		String unfiltered = HtmlRenderer.builder()
			.extensions(List.of(TablesExtension.create()))
			.escapeHtml(true)
			.build()
			.render(document);
		POLICY.sanitize(unfiltered, new HtmlChangeListener<List<Removal>>() {
			@Override
			public void discardedTag(List<Removal> context, String elementName) {
				context.add(new Removal("element", elementName, null));
			}

			@Override
			public void discardedAttributes(List<Removal> context, String tagName, String... attributeNames) {
				for (String attribute : attributeNames) {
					context.add(new Removal("attribute", attribute, tagName));
				}
			}
		}, removals);
		return new Checked(render(markdown), List.copyOf(removals), List.copyOf(images));
	}

	private static String abbreviate(String text) {
		String line = text.strip().replaceAll("\\s+", " ");
		return line.length() > 60 ? line.substring(0, 59) + "…" : line;
	}

	/** Renders Markdown to sanitised HTML with anchored headings. */
	public Rendered render(String markdown) {
		Node document = parser.parse(markdown == null ? "" : markdown);
		Map<Node, String> anchors = new IdentityHashMap<>();
		List<Heading> headings = new ArrayList<>();
		Set<String> used = new HashSet<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(org.commonmark.node.Heading heading) {
				// the page title is the only h1: a level-1 heading in a body becomes a
				// section
				if (heading.getLevel() == 1) {
					heading.setLevel(2);
				}
				String text = plainText(heading).strip();
				String anchor = uniqueAnchor(slugOf(text), used);
				anchors.put(heading, anchor);
				if (heading.getLevel() <= 3) {
					headings.add(new Heading(heading.getLevel(), text, anchor));
				}
			}
		});
		HtmlRenderer renderer = HtmlRenderer.builder()
			.extensions(List.of(TablesExtension.create()))
			.escapeHtml(true)
			.sanitizeUrls(true)
			.urlSanitizer(new DefaultUrlSanitizer(LINK_PROTOCOLS))
			.attributeProviderFactory(context -> (node, tagName, attributes) -> {
				String anchor = anchors.get(node);
				if (anchor != null) {
					attributes.put("id", anchor);
				}
			})
			.build();
		return new Rendered(POLICY.sanitize(renderer.render(document)), List.copyOf(headings));
	}

	/**
	 * Text that can go into a URL path: lower case ASCII letters and digits joined by
	 * hyphens.
	 */
	public static String slugOf(String text) {
		String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
		String slug = NON_SLUG.matcher(ascii).replaceAll("-").replaceAll("^-+|-+$", "");
		return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
	}

	private static String uniqueAnchor(String base, Set<String> used) {
		String stem = base.isEmpty() ? "section" : base;
		String anchor = stem;
		for (int n = 2; !used.add(anchor); n++) {
			anchor = stem + "-" + n;
		}
		return anchor;
	}

	private static String plainText(Node node) {
		StringBuilder text = new StringBuilder();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Text t) {
				text.append(t.getLiteral());
			}

			@Override
			public void visit(Code code) {
				text.append(code.getLiteral());
			}
		});
		return text.toString();
	}

}
