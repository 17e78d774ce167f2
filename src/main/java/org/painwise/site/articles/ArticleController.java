package org.painwise.site.articles;

import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.PageNumber;
import org.painwise.site.shared.Pagination;
import org.painwise.site.shared.ReadyHtml;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The public article list and the article page.
 */
@Controller
@RequiredArgsConstructor
class ArticleController {

	private final ArticleCatalog catalog;

	private final ArticlePages pages;

	private final List<ArticlePageExtension> extensions;

	private final ThymeleafViewResolver views;

	@GetMapping("/articles")
	String list(@RequestParam(name = "page", defaultValue = "1") PageNumber pageNumber,
			@RequestParam(name = "sort", defaultValue = "newest") ArticleCatalog.ListOrder order, Model model) {
		Page<ArticleSummary> page = catalog.list(pageNumber.value(), order);
		pageNumber.requireWithin(page.getTotalPages());
		UriComponentsBuilder base = UriComponentsBuilder.fromPath("/articles");
		if (order != ArticleCatalog.ListOrder.NEWEST) {
			base.queryParam("sort", order.parameter());
		}
		model.addAttribute("articles", page.getContent());
		model.addAttribute("cards", catalog.cardsFor(page.getContent()));
		model.addAttribute("pagination", Pagination.of(page, base));
		model.addAttribute("order", order.parameter());
		return "articles/list";
	}

	@GetMapping("/articles/{slug}")
	ModelAndView article(@PathVariable String slug, HttpServletRequest request, Model model) {
		ArticlePages.Ready ready = pages.find(slug).orElse(null);
		if (ready == null) {
			// an article whose slug changed after it was published keeps its old address
			// working
			String current = catalog.currentSlugFor(slug)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "error.article.not-found"));
			request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
			return new ModelAndView("redirect:/articles/" + current);
		}
		ArticlePage page = ready.page();
		model.addAttribute("article", page);
		model.addAttribute("jsonLd", ready.jsonLd());
		// the kept shell's page takes the sections' ready markup as bytes
		ReadyHtml placed = pages.keeping() ? ReadyHtml.acceptOn(request) : null;
		model.addAttribute("sections",
				extensions.stream()
					.map(extension -> extension.sectionFor(page, request))
					.filter(Objects::nonNull)
					.toList());
		if (placed != null) {
			return new ModelAndView(new ArticlePageShell(ready, views, placed), model.asMap());
		}
		return new ModelAndView("articles/article", model.asMap());
	}

}
