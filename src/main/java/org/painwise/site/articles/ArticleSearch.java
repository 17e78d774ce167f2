package org.painwise.site.articles;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over published articles, with PostgreSQL's English stemming (so "titrating"
 * finds "titrate"), ranked by relevance, with a highlighted snippet for each result.
 */
@Service
public class ArticleSearch {

	/** Longer queries are cut to this many characters. */
	public static final int MAX_QUERY_LENGTH = 200;

	static final int PAGE_SIZE = 10;

	// ts_headline marks matches with these; they are swapped for <mark> after escaping
	private static final String START = "\u27E6";

	private static final String STOP = "\u27E7";

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200C\\u200D]]");

	private static final Pattern MARKDOWN_SYNTAX = Pattern.compile("(?m)^\\s{0,3}(#{1,6}|[-*+]|\\d+\\.|>)\\s+|[*_`|]+");

	private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

	private final JdbcClient jdbc;

	ArticleSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A search result.
	 *
	 * @param snippetHtml a passage with the matched words in {@code <mark>}; everything else escaped
	 */
	public record Hit(String slug, String title, String standfirst, LocalDate lastReviewed, String snippetHtml) {
	}

	/**
	 * One page of results.
	 *
	 * @param total how many articles match in all
	 */
	public record Results(List<Hit> hits, long total, int page) {

		public int totalPages() {
			return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		}

	}

	/**
	 * What a reader typed, made safe to search for: control characters removed, spaces folded and
	 * the length capped.
	 */
	public static String clean(String query) {
		if (query == null) {
			return "";
		}
		String cleaned = CONTROL.matcher(query).replaceAll(" ").replaceAll("\\s+", " ").strip();
		if (cleaned.length() > MAX_QUERY_LENGTH) {
			int end = MAX_QUERY_LENGTH;
			if (Character.isHighSurrogate(cleaned.charAt(end - 1))) {
				end--;
			}
			cleaned = cleaned.substring(0, end).strip();
		}
		return cleaned;
	}

	/**
	 * @param query a cleaned, non-blank query
	 * @param page the page from 1
	 */
	public Results search(String query, int page) {
		long total = jdbc.sql("""
				select count(*) from article
				where status = 'PUBLISHED' and search_vector @@ websearch_to_tsquery('english', :q)""")
			.param("q", query)
			.query(Long.class)
			.single();
		if (total == 0) {
			return new Results(List.of(), 0, page);
		}
		List<Hit> hits = jdbc.sql("""
				select a.slug, a.title, a.standfirst, a.last_reviewed,
				       ts_headline('english', a.standfirst || E'\\n' || a.body_markdown, q.query,
				           'StartSel="⟦", StopSel="⟧", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') as snippet
				from article a, websearch_to_tsquery('english', :q) as q(query)
				where a.status = 'PUBLISHED' and a.search_vector @@ q.query
				order by ts_rank_cd(a.search_vector, q.query) desc, a.first_published desc, a.slug
				limit :limit offset :offset""")
			.param("q", query)
			.param("limit", PAGE_SIZE)
			.param("offset", (long) (page - 1) * PAGE_SIZE)
			.query((rs, row) -> new Hit(rs.getString("slug"), rs.getString("title"), rs.getString("standfirst"),
					rs.getObject("last_reviewed", LocalDate.class), snippetHtml(rs.getString("snippet"))))
			.list();
		return new Results(hits, total, page);
	}

	static String snippetHtml(String headline) {
		String plain = MARKDOWN_LINK.matcher(headline).replaceAll("$1");
		plain = MARKDOWN_SYNTAX.matcher(plain).replaceAll("").replaceAll("\\s+", " ").strip();
		return HtmlUtils.htmlEscape(plain, "UTF-8").replace(START, "<mark>").replace(STOP, "</mark>");
	}

}
