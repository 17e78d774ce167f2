package org.painwise.site.articles;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.PageNumber;
import org.painwise.site.shared.Pagination;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A topic page: the topic's description and its published articles.
 */
@Controller
@RequiredArgsConstructor
class TopicController {

	private final ArticleCatalog catalog;

	@GetMapping("/topics/{slug}")
	String topic(@PathVariable String slug, @RequestParam(name = "page", defaultValue = "1") PageNumber pageNumber,
			Model model) {
		Topic topic = catalog.topic(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "error.topic.not-found"));
		Page<ArticleSummary> page = catalog.listInTopic(topic.getSlug(), pageNumber.value());
		pageNumber.requireWithin(page.getTotalPages());
		model.addAttribute("topic", topic);
		model.addAttribute("articles", page.getContent());
		model.addAttribute("cards", catalog.cardsFor(page.getContent()));
		model.addAttribute("pagination",
				Pagination.of(page, UriComponentsBuilder.fromPath("/topics/" + topic.getSlug())));
		return "articles/topic";
	}

}
