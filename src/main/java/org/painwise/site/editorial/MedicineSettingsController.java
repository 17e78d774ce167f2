package org.painwise.site.editorial;

import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleEditing;
import org.painwise.site.articles.ArticleMedicines;
import org.painwise.site.articles.EditableArticle;
import org.painwise.site.staff.EditorOrAdmin;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Whether an article is about a medicine, so its comment form asks readers about their
 * experience of it, and which side effects readers can tick there.
 */
@Controller
@EditorOrAdmin
@RequiredArgsConstructor
class MedicineSettingsController {

	static final String PAGE = "/staff/articles/{id}/medicine";

	private final ArticleEditing editing;

	private final ArticleMedicines medicines;

	private final MessageSource messages;

	@GetMapping(PAGE)
	String page(@PathVariable long id, Model model) {
		EditableArticle article = article(id);
		var sideEffects = medicines.sideEffectsOf(id);
		model.addAttribute("article", article);
		model.addAttribute("medicine", sideEffects.isPresent());
		model.addAttribute("sideEffects", String.join("\n", sideEffects.orElse(List.of())));
		model.addAttribute("most", ArticleMedicines.MOST_SIDE_EFFECTS);
		return "editorial/medicine";
	}

	@PostMapping(PAGE)
	String save(@PathVariable long id, @RequestParam(defaultValue = "false") boolean medicine,
			@RequestParam(required = false) String sideEffects, RedirectAttributes redirect, Locale locale) {
		EditableArticle article = article(id);
		List<String> typed = sideEffects == null ? List.of() : sideEffects.lines().toList();
		medicines.set(article.id(), medicine, typed);
		redirect.addFlashAttribute("flash",
				messages.getMessage(medicine ? "editorial.medicine.saved" : "editorial.medicine.savedNone",
						new Object[] { ArticleMedicines.cleaned(typed).size() }, locale));
		return "redirect:/staff/articles/" + id + "/medicine";
	}

	private EditableArticle article(long id) {
		return editing.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "error.editorial.article-not-found"));
	}

}
