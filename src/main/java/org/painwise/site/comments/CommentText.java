package org.painwise.site.comments;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * A comment is plain text. On the page every character is escaped, line breaks are kept
 * by the stylesheet, and web addresses become links that search engines are told not to
 * follow.
 */
final class CommentText {

	static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"]+");

	private static final String TRAILING_PUNCTUATION = ".,;:!?)]}'\"";

	private CommentText() {
	}

	/** The comment as HTML: escaped text with http and https addresses linked. */
	static String toHtml(String body) {
		StringBuilder html = new StringBuilder(body.length() + 64);
		Matcher matcher = URL.matcher(body);
		int last = 0;
		while (matcher.find()) {
			String url = matcher.group();
			int end = matcher.end();
			while (!url.isEmpty() && TRAILING_PUNCTUATION.indexOf(url.charAt(url.length() - 1)) >= 0) {
				url = url.substring(0, url.length() - 1);
				end--;
			}
			html.append(escape(body.substring(last, matcher.start())));
			String escapedUrl = escape(url);
			html.append("<a href=\"")
				.append(escapedUrl)
				.append("\" rel=\"nofollow ugc noopener\">")
				.append(escapedUrl)
				.append("</a>");
			last = end;
		}
		html.append(escape(body.substring(last)));
		return html.toString();
	}

	/**
	 * How many web addresses the text holds, written out or as bare domains such as
	 * example.com/page.
	 */
	static int countLinks(String body) {
		Matcher matcher = Pattern.compile("(?i)\\b(https?://|www\\.)\\S+").matcher(body);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
