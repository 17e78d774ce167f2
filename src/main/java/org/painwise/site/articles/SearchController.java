package org.painwise.site.articles;

import org.painwise.site.shared.PageNumber;
import org.painwise.site.shared.Pagination;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Search over published articles. An empty query gets suggestions; no results get advice on
 * searching and a way to browse instead.
 */
@Controller
class SearchController {

	private final ArticleSearch search;

	private final ArticleCatalog catalog;

	SearchController(ArticleSearch search, ArticleCatalog catalog) {
		this.search = search;
		this.catalog = catalog;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String rawQuery,
			@RequestParam(name = "page", required = false) String pageParam, Model model) {
		String query = ArticleSearch.clean(rawQuery);
		model.addAttribute("query", query);
		model.addAttribute("shortened", rawQuery != null && rawQuery.strip().length() > ArticleSearch.MAX_QUERY_LENGTH);
		if (query.isEmpty()) {
			model.addAttribute("topics", catalog.topics());
			return "articles/search";
		}
		int pageNumber = PageNumber.parse(pageParam);
		ArticleSearch.Results results = search.search(query, pageNumber);
		if (results.total() > 0) {
			PageNumber.requireWithin(pageNumber, results.totalPages());
		}
		model.addAttribute("results", results);
		model.addAttribute("pagination",
				Pagination.of(
						new PageImpl<>(results.hits(), PageRequest.of(pageNumber - 1, ArticleSearch.PAGE_SIZE),
								results.total()),
						UriComponentsBuilder.fromPath("/search").queryParam("q", query)));
		if (results.total() == 0) {
			model.addAttribute("topics", catalog.topics());
		}
		return "articles/search";
	}

}
