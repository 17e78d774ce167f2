package org.painwise.site.articles;

import java.time.Duration;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.PageNumber;
import org.painwise.site.shared.Pagination;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Search over published articles. An empty query gets suggestions; no results get advice
 * on searching and a way to browse instead. A small JSON endpoint offers articles as the
 * reader types.
 */
@Controller
@RequiredArgsConstructor
class SearchController {

	/**
	 * Suggestions are the same for everyone, so browsers and caches may keep them a
	 * while.
	 */
	private static final CacheControl SUGGESTIONS_CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private final ArticleSearch search;

	private final ArticleCatalog catalog;

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String rawQuery,
			@RequestParam(defaultValue = "1") PageNumber page, Model model) {
		String query = ArticleSearch.clean(rawQuery);
		model.addAttribute("query", query);
		model.addAttribute("shortened", rawQuery != null && rawQuery.strip().length() > ArticleSearch.MAX_QUERY_LENGTH);
		if (query.isEmpty()) {
			model.addAttribute("topics", catalog.topics());
			return "articles/search";
		}
		ArticleSearch.Results results = search.search(query, page.value());
		if (results.total() > 0) {
			page.requireWithin(results.totalPages());
		}
		String searched = results.corrected() ? results.suggestion() : query;
		model.addAttribute("results", results);
		model.addAttribute("pagination", Pagination.of(
				new PageImpl<>(results.hits(), PageRequest.of(page.index(), ArticleSearch.PAGE_SIZE), results.total()),
				UriComponentsBuilder.fromPath("/search").queryParam("q", searched)));
		if (results.total() == 0) {
			model.addAttribute("topics", catalog.topics());
		}
		return "articles/search";
	}

	/** Articles for the words typed so far, as JSON: {@code [{"title": …, "url": …}]}. */
	@GetMapping(path = "/search/suggestions", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<SuggestionLink>> suggestions(@RequestParam(name = "q", required = false) String rawQuery) {
		String query = ArticleSearch.clean(rawQuery);
		List<SuggestionLink> links = query.isEmpty() ? List.of()
				: search.suggest(query).stream().map(SuggestionLink::of).toList();
		return ResponseEntity.ok().cacheControl(SUGGESTIONS_CACHE).contentType(MediaType.APPLICATION_JSON).body(links);
	}

	/** One suggestion as the page's script reads it. */
	record SuggestionLink(String title, String url) {

		static SuggestionLink of(ArticleSearch.Suggestion suggestion) {
			return new SuggestionLink(suggestion.title(), "/articles/" + suggestion.slug());
		}

	}

}
