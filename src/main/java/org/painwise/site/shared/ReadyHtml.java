package org.painwise.site.shared;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.ServletRequest;

/**
 * Markup rendered earlier and kept as UTF-8 bytes, put into a page without passing
 * through the template engine or the encoder again. Most of a long article page is
 * comment threads that are the same for every reader; copying them as text through a
 * rendering, and encoding them again for every reader whose page is personal, was most of
 * that page's cost.
 *
 * <p>
 * A page that can take ready bytes says so with {@link #acceptOn}; a template then writes
 * a short marker where the bytes go ({@link #place}), and the page's writer swaps the
 * markers for the bytes as it sends the page ({@link #encode}). On any other page
 * {@link #place} gives the markup as text, so a fragment works the same wherever it is
 * used. Markers carry a random token chosen when the site starts, so no text on a page
 * can pose as one.
 */
public final class ReadyHtml {

	private static final String ATTRIBUTE = ReadyHtml.class.getName();

	private static final String PREFIX = "<!--ready ";

	private static final String SUFFIX = " " + UUID.randomUUID() + "-->";

	private final List<byte[]> placed = new ArrayList<>();

	private ReadyHtml() {
	}

	/** Markup as UTF-8 bytes, for keeping. */
	public static byte[] bytesOf(String html) {
		return html.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Lets the page of this request take ready bytes, and gives it what its templates
	 * placed.
	 */
	public static ReadyHtml acceptOn(ServletRequest request) {
		ReadyHtml ready = new ReadyHtml();
		request.setAttribute(ATTRIBUTE, ready);
		return ready;
	}

	/**
	 * What a template writes (unescaped) where ready markup goes: a marker when the page
	 * takes ready bytes, else the markup itself.
	 */
	public static String place(ServletRequest request, byte[] html) {
		if (request.getAttribute(ATTRIBUTE) instanceof ReadyHtml ready) {
			ready.placed.add(html);
			return PREFIX + (ready.placed.size() - 1) + SUFFIX;
		}
		return new String(html, StandardCharsets.UTF_8);
	}

	/**
	 * Adds the text, encoded, to the chunks, with each marker in it replaced by its
	 * bytes.
	 */
	public void encode(String text, List<byte[]> chunks) {
		int from = 0;
		int at;
		while ((at = text.indexOf(PREFIX, from)) >= 0) {
			int end = text.indexOf(SUFFIX, at);
			Integer index = end < 0 ? null : indexIn(text, at + PREFIX.length(), end);
			if (index == null) {
				// text that merely looks like a marker's start
				chunks.add(bytesOf(text.substring(from, at + PREFIX.length())));
				from = at + PREFIX.length();
				continue;
			}
			if (at > from) {
				chunks.add(bytesOf(text.substring(from, at)));
			}
			chunks.add(placed.get(index));
			from = end + SUFFIX.length();
		}
		if (from < text.length()) {
			chunks.add(bytesOf(text.substring(from)));
		}
	}

	private Integer indexIn(String text, int from, int end) {
		if (end - from < 1 || end - from > 9) {
			return null;
		}
		int index = 0;
		for (int i = from; i < end; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return null;
			}
			index = index * 10 + (c - '0');
		}
		return index < placed.size() ? index : null;
	}

}
