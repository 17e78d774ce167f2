package org.painwise.site.articles;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: a short introduction, featured and latest articles, and the topics.
 */
@Controller
class HomeController {

	private final ArticleCatalog catalog;

	HomeController(ArticleCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("featured", catalog.featured(3));
		model.addAttribute("latest", catalog.latest(6));
		model.addAttribute("topics", catalog.topics());
		return "articles/home";
	}

}
