package org.painwise.site.articles;

import java.util.List;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: a short introduction, featured and latest articles, and the topics.
 */
@Controller
@RequiredArgsConstructor
class HomeController {

	private final ArticleCatalog catalog;

	@GetMapping("/")
	String home(Model model) {
		List<ArticleSummary> featured = catalog.featured(3);
		List<ArticleSummary> latest = catalog.latest(6);
		model.addAttribute("featured", featured);
		model.addAttribute("latest", latest);
		model.addAttribute("cards", catalog.cardsFor(Stream.concat(featured.stream(), latest.stream()).toList()));
		model.addAttribute("topics", catalog.topics());
		return "articles/home";
	}

}
