package org.painwise.site.articles;

import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.painwise.site.shared.ReadyHtml;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The article page as a shell and its sections. Everything on an article page except the
 * sections other modules add (the stars, the comments, the feedback box) is the same for
 * every reader: the layout, the article, its contents list, the related articles. That
 * part is rendered once, with a marker where each section goes, and kept with the article
 * ({@link ArticlePages}); each request renders only its sections, through the same
 * Thymeleaf views as a whole page would, and puts them in place. A reader whose page is
 * personal (their own held comment or vote, so the page cache cannot serve it) then pays
 * for what is theirs, not for the whole page.
 *
 * <p>
 * The shell is keyed by the sections' outline (their fragments and contents entries, such
 * as "Comments (63)"), so a new count renders a new shell. Markers carry a random token
 * chosen when the site starts, so no text on a page can pose as one.
 */
final class ArticlePageShell implements View {

	private static final String TOKEN = UUID.randomUUID().toString();

	private static final String SEPARATOR = "<!--end of section " + TOKEN + "-->";

	/** What the layout and the article template read, besides the sections. */
	private static final List<String> SHELL_ATTRIBUTES = List.of("article", "jsonLd", "site");

	/**
	 * What a shell depends on besides the article: which sections, in which order, listed
	 * how.
	 */
	record Outline(List<Part> parts) {

		record Part(String template, String fragment, ArticlePageSection.Placement placement,
				ArticlePageSection.ContentsEntry contents) {
		}

		static Outline of(List<ArticlePageSection> sections) {
			List<Part> parts = new ArrayList<>();
			for (ArticlePageSection section : sections) {
				parts.add(new Part(section.template(), section.fragment(), section.placement(), section.contents()));
			}
			return new Outline(List.copyOf(parts));
		}

	}

	/**
	 * A rendered shell: the page's text before, between and after the sections, as UTF-8.
	 *
	 * @param order which section (by its place in the list) goes after each piece but the
	 * last, as the page places them
	 */
	record Shell(Outline outline, List<byte[]> pieces, List<Integer> order) {
	}

	private final ArticlePages.Ready ready;

	private final ViewResolver views;

	private final ReadyHtml placed;

	/**
	 * @param placed the ready markup the sections placed (the request must have accepted
	 * it before the sections were made)
	 */
	ArticlePageShell(ArticlePages.Ready ready, ViewResolver views, ReadyHtml placed) {
		this.ready = ready;
		this.views = views;
		this.placed = placed;
	}

	@Override
	public String getContentType() {
		return MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
	}

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		@SuppressWarnings("unchecked")
		List<ArticlePageSection> sections = (List<ArticlePageSection>) model.get("sections");
		Locale locale = RequestContextUtils.getLocale(request);
		Outline outline = Outline.of(sections);
		Shell shell = ready.shell(outline);
		if (shell == null) {
			shell = renderShell(outline, sections, model, request, response, locale);
			ready.keep(shell);
		}
		// every section in one rendering, split where each ends
		Map<String, Object> sectionsModel = new HashMap<>(model);
		sectionsModel.put("separator", SEPARATOR);
		String rendered = renderToString("articles/sections", sectionsModel, request, response, locale);
		String[] parts = new String[sections.size()];
		int from = 0;
		for (int i = 0; i < parts.length; i++) {
			int end = rendered.indexOf(SEPARATOR, from);
			if (end < 0) {
				throw new IllegalStateException("Section " + i + " of the article page did not end");
			}
			parts[i] = rendered.substring(from, end);
			from = end + SEPARATOR.length();
		}
		// the shell and the ready markup are bytes already; only what was rendered now is
		// encoded
		List<byte[]> chunks = new ArrayList<>(4 * parts.length + 8);
		chunks.add(shell.pieces().get(0));
		for (int k = 0; k < parts.length; k++) {
			placed.encode(parts[shell.order().get(k)], chunks);
			chunks.add(shell.pieces().get(k + 1));
		}
		int length = 0;
		for (byte[] chunk : chunks) {
			length += chunk.length;
		}
		response.setContentType(getContentType());
		response.setContentLength(length);
		ServletOutputStream out = response.getOutputStream();
		for (byte[] chunk : chunks) {
			out.write(chunk);
		}
	}

	private Shell renderShell(Outline outline, List<ArticlePageSection> sections, Map<String, ?> model,
			HttpServletRequest request, HttpServletResponse response, Locale locale) throws Exception {
		List<ArticlePageSection> slots = new ArrayList<>();
		for (int i = 0; i < sections.size(); i++) {
			ArticlePageSection section = sections.get(i);
			slots.add(new ArticlePageSection("articles/slot", "slot", Map.of("marker", marker(i)), section.placement(),
					section.contents()));
		}
		// only what the shell shows for everyone, nothing a request brought with it (such
		// as a notice)
		Map<String, Object> shellModel = new HashMap<>();
		for (String name : SHELL_ATTRIBUTES) {
			shellModel.put(name, model.get(name));
		}
		shellModel.put("sections", slots);
		String html = renderToString("articles/article", shellModel, request, response, locale);
		// the sections' places in the page, in the page's order
		List<int[]> places = new ArrayList<>();
		for (int i = 0; i < sections.size(); i++) {
			int at = html.indexOf(marker(i));
			if (at < 0) {
				throw new IllegalStateException("The article page has no place for section " + i);
			}
			places.add(new int[] { at, i });
		}
		places.sort((a, b) -> Integer.compare(a[0], b[0]));
		List<byte[]> pieces = new ArrayList<>();
		List<Integer> order = new ArrayList<>();
		int from = 0;
		for (int[] place : places) {
			pieces.add(ReadyHtml.bytesOf(html.substring(from, place[0])));
			order.add(place[1]);
			from = place[0] + marker(place[1]).length();
		}
		pieces.add(ReadyHtml.bytesOf(html.substring(from)));
		return new Shell(outline, List.copyOf(pieces), List.copyOf(order));
	}

	private String renderToString(String viewName, Map<String, ?> model, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws Exception {
		View view = views.resolveViewName(viewName, locale);
		if (view == null) {
			throw new IllegalStateException("No view " + viewName);
		}
		Captured captured = new Captured(response);
		view.render(model, request, captured);
		captured.getWriter().flush();
		return captured.text.toString();
	}

	private static String marker(int index) {
		return "<!--section " + index + " " + TOKEN + "-->";
	}

	/** A response whose body is kept as text; headers go to the real response. */
	private static final class Captured extends HttpServletResponseWrapper {

		final CharArrayWriter text = new CharArrayWriter(16 * 1024);

		private final PrintWriter writer = new PrintWriter(text);

		Captured(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return writer;
		}

		@Override
		public void flushBuffer() {
			writer.flush();
		}

		@Override
		public jakarta.servlet.ServletOutputStream getOutputStream() {
			throw new IllegalStateException("A section is rendered as text");
		}

	}

}
