package org.painwise.site.articles;

import java.time.LocalDate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Search over published articles, with PostgreSQL's English stemming (so "titrating"
 * finds "titrate"), ranked by relevance, with a highlighted snippet for each result. It
 * is forgiving of what readers type: words that only begin a longer word, brand names,
 * generic words such as "tablets", topic names, and misspellings (corrected with
 * pg_trgm's trigram similarity).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ArticleSearch {

	/** Longer queries are cut to this many characters. */
	public static final int MAX_QUERY_LENGTH = 200;

	static final int PAGE_SIZE = 10;

	/** How many articles are offered as the reader types. */
	static final int SUGGESTIONS = 6;

	/** Only this many words of a query are used for prefixes and corrections. */
	private static final int MAX_WORDS = 8;

	/**
	 * How close (pg_trgm similarity, 0 to 1) a word must be to count as the intended one.
	 */
	private static final double MIN_CORRECTION_SIMILARITY = 0.3;

	// the articles a query finds, for page(...): "q" (the tsquery) and "matched" (ids,
	// and whether
	// the article itself has the words rather than only its topic's name)
	private static final String FULL_TEXT_MATCHES = """
			with q as (select websearch_to_tsquery('english', :q) as query),
			matched as (
			    select id, bool_or(direct) as direct from (
			        select a.id, true as direct from article a, q
			        where a.status = 'PUBLISHED' and a.search_vector @@ q.query
			        union all
			        select a.id, false from topic t join article_topic at on at.topic_id = t.id
			            join article a on a.id = at.article_id, q
			        where a.status = 'PUBLISHED' and to_tsvector('english', t.name) @@ q.query) found
			    group by id)""";

	private static final String PREFIX_MATCHES = """
			with q as (select to_tsquery('english', :q) as query),
			matched as (
			    select a.id, true as direct from article a, q
			    where a.status = 'PUBLISHED' and a.search_vector @@ q.query)""";

	/** "lyrca" comes to 0.5 of "lyrica"; pg_trgm's default of 0.6 would miss it. */
	private static final double NEAR_MISS_THRESHOLD = 0.5;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Pattern GENERIC_WORDS = Pattern
		.compile("(?iU)\\b(tablets?|pills?|capsules?|medicines?|medications?|meds|drugs?)\\b");

	// ts_headline marks matches with these; they are swapped for <mark> after escaping
	private static final String START = "\u27E6";

	private static final String STOP = "\u27E7";

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200C\\u200D]]");

	private static final Pattern MARKDOWN_SYNTAX = Pattern.compile("(?m)^\\s{0,3}(#{1,6}|[-*+]|\\d+\\.|>)\\s+|[*_`|]+");

	private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

	private final JdbcClient jdbc;

	/**
	 * A search result.
	 *
	 * @param snippetHtml a passage with the matched words in {@code <mark>}; everything
	 * else escaped
	 */
	public record Hit(String slug, String title, String standfirst, LocalDate lastReviewed, String snippetHtml) {
	}

	/**
	 * One page of results.
	 *
	 * @param total how many articles match in all
	 * @param suggestion the query with misspelt words corrected, when the reader's words
	 * found nothing as typed; null otherwise
	 * @param corrected whether the hits are for the suggestion rather than for the query
	 * as typed
	 */
	public record Results(List<Hit> hits, long total, int page, String suggestion, boolean corrected) {

		Results(List<Hit> hits, long total, int page) {
			this(hits, total, page, null, false);
		}

		public int totalPages() {
			return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		}

	}

	/** An article offered while the reader is still typing. */
	public record Suggestion(String slug, String title) {
	}

	/**
	 * What a reader typed, made safe to search for: control characters removed, spaces
	 * folded and the length capped.
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
	 * Finds articles in up to three steps, each tried only when the one before found
	 * nothing: the words as typed (in the article or in the name of one of its topics);
	 * the words as the start of longer words ("amitrip"); and the words with misspellings
	 * corrected against titles, other names and headings, which also gives the "Did you
	 * mean" suggestion.
	 * @param query a cleaned, non-blank query
	 * @param page the page from 1
	 */
	@Transactional(readOnly = true)
	public Results search(String query, int page) {
		List<String> words = words(query);
		Found found = fullText(withoutGenericWords(query), words, page);
		if (found.total() > 0 || words.isEmpty()) {
			return new Results(found.hits(), found.total(), page);
		}
		String prefixes = prefixQuery(words);
		if (prefixes != null) {
			found = prefix(prefixes, page);
			if (found.total() > 0) {
				return new Results(found.hits(), found.total(), page);
			}
		}
		String suggestion = correct(words);
		if (suggestion == null) {
			return new Results(List.of(), 0, page);
		}
		List<String> correctedWords = words(suggestion);
		found = fullText(withoutGenericWords(suggestion), correctedWords, page);
		String correctedPrefixes = prefixQuery(correctedWords);
		if (found.total() == 0 && correctedPrefixes != null) {
			found = prefix(correctedPrefixes, page);
		}
		return found.total() == 0 ? new Results(List.of(), 0, page)
				: new Results(found.hits(), found.total(), page, suggestion, true);
	}

	/** A page of hits and how many there are in all. */
	private record Found(List<Hit> hits, long total) {
	}

	/**
	 * Up to {@value #SUGGESTIONS} articles for a reader who is still typing: titles and
	 * other names starting with the words typed so far come first, then near misses.
	 */
	public List<Suggestion> suggest(String query) {
		List<String> words = words(query);
		String prefixes = prefixQuery(words);
		if (prefixes == null) {
			return List.of();
		}
		// pg_trgm's default threshold here: a lower one makes a few typed letters match
		// too many names
		return jdbc.sql("""
				select a.slug, a.title
				from article a, to_tsquery('english', :prefixes) as q(query)
				where a.status = 'PUBLISHED'
				  and (a.search_vector @@ q.query or :text <% a.search_names)
				order by ts_rank(a.search_vector, q.query, 1) + word_similarity(:text, a.search_names) desc,
				         a.title, a.slug
				limit :limit""")
			.param("prefixes", prefixes)
			.param("text", String.join(" ", words).toLowerCase(Locale.ROOT))
			.param("limit", SUGGESTIONS)
			.query((rs, row) -> new Suggestion(rs.getString("slug"), rs.getString("title")))
			.list();
	}

	/**
	 * Articles with every word, or in a topic whose name has every word; ranked by how
	 * well they match, and then by how many of the words (generic ones included) they
	 * have.
	 */
	private Found fullText(String required, List<String> words, int page) {
		return page(FULL_TEXT_MATCHES, required, String.join(" | ", words), page);
	}

	/** Articles with words that start with each of the words. */
	private Found prefix(String prefixes, int page) {
		return page(PREFIX_MATCHES, prefixes, "", page);
	}

	/**
	 * One page of the articles a query finds, with the total counted in the same
	 * statement; only a page beyond the last needs a statement of its own to count.
	 */
	private Found page(String matches, String query, String anyWord, int page) {
		List<Long> total = new ArrayList<>();
		List<Hit> hits = jdbc
			.sql(matches
					+ """
							, ranked as (
							    select a.id, a.slug, a.title, a.standfirst, a.body_markdown, a.last_reviewed,
							           count(*) over () as total
							    from matched m join article a on a.id = m.id, q, to_tsquery('english', :any) as anyq(query)
							    -- only the article's own words are ranked: reading every matched vector costs the most
							    order by case when m.direct then ts_rank_cd(a.search_vector, q.query)
							                  + ts_rank(a.search_vector, anyq.query) else 0 end desc,
							             a.first_published desc, a.slug
							    limit :limit offset :offset)
							select r.slug, r.title, r.standfirst, r.last_reviewed, r.total,
							       ts_headline('english', r.standfirst || E'\\n' || r.body_markdown, q.query,
							           'StartSel="⟦", StopSel="⟧", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') as snippet
							from ranked r, q""")
			.param("q", query)
			.param("any", anyWord)
			.param("limit", PAGE_SIZE)
			.param("offset", (long) (page - 1) * PAGE_SIZE)
			.query((rs, row) -> {
				if (row == 0) {
					total.add(rs.getLong("total"));
				}
				return hit(rs, row);
			})
			.list();
		if (!hits.isEmpty()) {
			return new Found(hits, total.get(0));
		}
		if (page == 1) {
			return new Found(hits, 0);
		}
		return new Found(hits,
				jdbc.sql(matches + " select count(*) from matched").param("q", query).query(Long.class).single());
	}

	/**
	 * The words with each one no published article knows replaced by the closest word in
	 * the titles, other names and headings of the articles it nearly matches (listed
	 * misspellings lead to the article, never into the suggestion); null when nothing
	 * changed.
	 */
	private String correct(List<String> words) {
		nearMissesFrom(NEAR_MISS_THRESHOLD);
		List<String> corrected = jdbc.sql("""
				select coalesce(case when known then w.word end, closest, w.word) as word
				from unnest(string_to_array(:words, ' ')) with ordinality as w(word, n)
				cross join lateral (select
				    numnode(plainto_tsquery('english', w.word)) = 0 or exists (
				        select 1 from article a where a.status = 'PUBLISHED'
				        and a.search_vector @@ plainto_tsquery('english', w.word)) as known) k
				left join lateral (
				    select t.term as closest
				    from (select a.search_names, a.misspellings from article a
				          where not k.known and a.status = 'PUBLISHED' and w.word <% a.search_names
				          order by w.word <<-> a.search_names, a.id
				          limit 5) c
				    cross join lateral regexp_split_to_table(c.search_names, '[^[:alnum:]]+') as t(term)
				    where length(t.term) > 1
				      and t.term <> all (regexp_split_to_array(lower(c.misspellings), '[^[:alnum:]]+'))
				      and similarity(t.term, w.word) >= :minimum
				    order by similarity(t.term, w.word) desc, t.term
				    limit 1) s on true
				order by w.n""")
			.param("words", String.join(" ", words).toLowerCase(Locale.ROOT))
			.param("minimum", MIN_CORRECTION_SIMILARITY)
			.query(String.class)
			.list();
		String suggestion = String.join(" ", corrected);
		return suggestion.equalsIgnoreCase(String.join(" ", words)) ? null : suggestion;
	}

	/**
	 * How close (pg_trgm word similarity) a word must come to part of an article's names
	 * for the {@code <%} operator, and so the trigram index, to consider the article; for
	 * this transaction only.
	 */
	private void nearMissesFrom(double threshold) {
		jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', :threshold, true)")
			.param("threshold", Double.toString(threshold))
			.query(String.class)
			.single();
	}

	private Hit hit(ResultSet rs, int row) throws SQLException {
		return new Hit(rs.getString("slug"), rs.getString("title"), rs.getString("standfirst"),
				rs.getObject("last_reviewed", LocalDate.class), snippetHtml(rs.getString("snippet")));
	}

	/**
	 * The query's words: letters and digits only, so none of them can be search syntax.
	 */
	static List<String> words(String query) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(query);
		while (matcher.find() && words.size() < MAX_WORDS) {
			words.add(matcher.group());
		}
		return words;
	}

	/**
	 * The query without words that say only "a medicine" ("nerve pain tablets" finds
	 * every article about nerve pain, whether it says tablets or capsules), unless
	 * nothing else would be left.
	 */
	static String withoutGenericWords(String query) {
		String rest = GENERIC_WORDS.matcher(query).replaceAll(" ").replaceAll("\\s+", " ").strip();
		return WORD.matcher(rest).find() ? rest : query;
	}

	/**
	 * The words as a tsquery in which each word of three or more characters, with a
	 * letter in it, may be the start of a longer one; null when no word may ("7" is not
	 * the start of "75 mg").
	 */
	static String prefixQuery(List<String> words) {
		if (words.stream().noneMatch(ArticleSearch::mayBePartial)) {
			return null;
		}
		return words.stream().map(word -> mayBePartial(word) ? word + ":*" : word).collect(Collectors.joining(" & "));
	}

	private static boolean mayBePartial(String word) {
		return word.codePointCount(0, word.length()) >= 3 && word.codePoints().anyMatch(Character::isLetter);
	}

	static String snippetHtml(String headline) {
		String plain = MARKDOWN_LINK.matcher(headline).replaceAll("$1");
		plain = MARKDOWN_SYNTAX.matcher(plain).replaceAll("").replaceAll("\\s+", " ").strip();
		return HtmlUtils.htmlEscape(plain, "UTF-8").replace(START, "<mark>").replace(STOP, "</mark>");
	}

}
