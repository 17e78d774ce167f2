package org.painwise.site.articles;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.painwise.site.SiteTest;
import org.painwise.site.StatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the cards of the article list say: the dates the list is sorted by, an overdue
 * flag, and each article's rating, for a fixed number of statements.
 */
@SiteTest
@Transactional
class ArticleCardsTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final Pattern SLUG = Pattern.compile("class=\"card-title\"><a href=\"/articles/([a-z0-9-]+)\"");

	private static final Pattern PUBLISHED = Pattern
		.compile("class=\"card-meta\">Published ([0-9]{1,2} [A-Za-z]+ [0-9]{4})</p>");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@PersistenceContext
	EntityManager entityManager;

	@Test
	void newestFirstShowsThePublishedDateItSortsByAndTheDatesGoDown() throws Exception {
		addArticles(5);
		List<LocalDate> shown = new ArrayList<>();
		for (int page = 1; page <= 2; page++) {
			Map<String, String> cards = cards("/articles?page=" + page);
			for (String card : cards.values()) {
				Matcher published = PUBLISHED.matcher(card);
				assertThat(published.find()).as(card).isTrue();
				shown.add(LocalDate.parse(published.group(1), DAY));
			}
		}
		List<LocalDate> expected = jdbc.sql("""
				select first_published from article where status = 'PUBLISHED' order by first_published desc, slug""")
			.query(LocalDate.class)
			.list();
		assertThat(shown).isEqualTo(expected).isSortedAccordingTo(Comparator.reverseOrder());
	}

	@Test
	void everyCardLabelsItsDates() throws Exception {
		String pregabalin = cards("/articles").get("pregabalin");
		LocalDate published = jdbc.sql("select first_published from article where slug = 'pregabalin'")
			.query(LocalDate.class)
			.single();
		LocalDate reviewed = jdbc.sql("select last_reviewed from article where slug = 'pregabalin'")
			.query(LocalDate.class)
			.single();
		assertThat(pregabalin).contains("Published " + DAY.format(published), "Last reviewed " + DAY.format(reviewed));
	}

	@Test
	void anOverdueArticlesCardSaysItIsDueForReview() throws Exception {
		// in the sample, gabapentin's review date passed a month ago and the others are
		// in date
		for (String path : List.of("/articles", "/articles?sort=title", "/articles?sort=rating",
				"/topics/nerve-pain-medicines")) {
			cards(path).forEach((slug, card) -> {
				if (slug.equals("gabapentin")) {
					assertThat(card).as(path).contains("<strong>Due for review</strong>");
				}
				else {
					assertThat(card).as(path + " " + slug).doesNotContain("Due for review");
				}
			});
		}
		assertThat(String.join("", cards("/articles?sort=title").keySet())).contains("gabapentin");
		jdbc.sql("update article set next_review_due = current_date - 1 where slug = 'pregabalin'").update();
		assertThat(cards("/articles?sort=title").get("pregabalin")).contains("Due for review");
		jdbc.sql("update article set next_review_due = current_date - 1").update();
		assertThat(cards("/").values()).isNotEmpty().allMatch(card -> card.contains("Due for review"));
	}

	@Test
	void cardsShowRatingsInEveryOrder() throws Exception {
		for (String path : List.of("/articles", "/articles?sort=title", "/articles?sort=rating")) {
			Map<String, String> cards = cards(path);
			assertThat(cards).isNotEmpty();
			cards.forEach((slug, card) -> assertThat(card).as(path + " " + slug)
				.containsPattern(
						"class=\"card-rating\">(Rating: [0-9]\\.[0-9]{2}/5\\. From [0-9]+ votes?\\.|No ratings yet\\.)</p>"));
		}
	}

	@Test
	void moreArticlesOnAPageCostNoMoreStatements() throws Exception {
		List<String> secondPages = List.of("/articles?page=2", "/articles?sort=title&page=2",
				"/articles?sort=rating&page=2");
		long published = jdbc.sql("select count(*) from article where status = 'PUBLISHED'").query(Long.class).single();
		assertThat(published).isLessThanOrEqualTo(ArticleCatalog.PAGE_SIZE);
		// one card on the second page
		addArticles((int) (ArticleCatalog.PAGE_SIZE + 1 - published));
		int cardsBefore = 1;
		Map<String, Long> few = new LinkedHashMap<>();
		for (String path : secondPages) {
			assertThat(cards(path)).as(path).hasSize(cardsBefore);
			few.put(path, statementsFor(path));
		}
		// both last pages, so neither needs the count of all articles
		addArticles(7);
		for (String path : secondPages) {
			assertThat(cards(path)).as(path).hasSize(cardsBefore + 7);
			assertThat(statementsFor(path)).as(path).isEqualTo(few.get(path));
		}
	}

	/**
	 * More published articles, each published a week before the last and reviewed after
	 * it was published, the first few of them overdue.
	 */
	private void addArticles(int count) {
		long already = jdbc.sql("select count(*) from article where slug like 'extra-%'").query(Long.class).single();
		jdbc.sql("""
				insert into article (slug, title, standfirst, body_markdown, author_id, reviewer_id,
				                     first_published, last_reviewed, next_review_due, status)
				select 'extra-' || n, 'Extra ' || n, 'Standfirst.', 'Body.', p.id, p.id,
				       current_date - 7 * n, current_date - 100 + n, current_date - 40 + 7 * n, 'PUBLISHED'
				from (select id from person order by id limit 1) p cross join generate_series(?::int, ?::int) as n""")
			.params((int) already + 1, (int) already + count)
			.update();
	}

	private long statementsFor(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isOk());
		entityManager.clear();
		StatementCounter.reset();
		mvc.perform(get(path)).andExpect(status().isOk());
		return StatementCounter.count();
	}

	/** The cards of a page, by their article's slug, in the order shown. */
	private Map<String, String> cards(String path) throws Exception {
		String html = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Map<String, String> cards = new LinkedHashMap<>();
		String[] parts = html.split("<li class=\"card\">");
		for (int i = 1; i < parts.length; i++) {
			String card = parts[i].substring(0, parts[i].indexOf("</li>"));
			Matcher slug = SLUG.matcher(card);
			assertThat(slug.find()).isTrue();
			cards.put(slug.group(1), card);
		}
		return cards;
	}

}
