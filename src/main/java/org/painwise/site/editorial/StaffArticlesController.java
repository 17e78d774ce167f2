package org.painwise.site.editorial;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleCatalog;
import org.painwise.site.articles.PeopleAndTopics;
import org.painwise.site.articles.ArticleStatus;
import org.painwise.site.articles.EditableArticle;
import org.painwise.site.staff.CurrentStaff;
import org.painwise.site.staff.EditorOrAdmin;
import org.painwise.site.staff.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff article list, filtered by status, topic and overdue review, and the buttons
 * that publish, unpublish and archive an article.
 */
@Controller
@EditorOrAdmin
@RequestMapping("/staff/articles")
@RequiredArgsConstructor
class StaffArticlesController {

	static final String LIST = "editorial/articles";

	private final StaffArticleList articles;

	private final PeopleAndTopics peopleAndTopics;

	private final EditorialDesk desk;

	private final ArticleEditorPage editor;

	@GetMapping
	String list(@RequestParam(required = false) ArticleStatus status, @RequestParam(required = false) String topic,
			@RequestParam(defaultValue = "updated") StaffArticleList.Order sort,
			@RequestParam(defaultValue = "false") boolean overdue, Model model) {
		String chosenTopic = ArticleCatalog.isPlausibleSlug(topic) ? topic : null;
		model.addAttribute("rows", articles.list(status, chosenTopic, overdue ? desk.today() : null, sort));
		model.addAttribute("statuses", ArticleStatus.values());
		model.addAttribute("orders", StaffArticleList.Order.values());
		model.addAttribute("topics", peopleAndTopics.topics());
		model.addAttribute("status", status == null ? "" : status.name());
		model.addAttribute("topic", chosenTopic == null ? "" : chosenTopic);
		model.addAttribute("sort", sort.parameter());
		model.addAttribute("overdueOnly", overdue);
		model.addAttribute("today", desk.today());
		return LIST;
	}

	@PostMapping("/{id}/publish")
	String publish(@CurrentStaff StaffMember staff, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
		EditableArticle article = desk.publish(staff, id);
		return editor.done(redirect, id, "editorial.published", locale, article.content().title());
	}

	@PostMapping("/{id}/unpublish")
	String unpublish(@CurrentStaff StaffMember staff, @PathVariable long id, RedirectAttributes redirect,
			Locale locale) {
		EditableArticle article = desk.unpublish(staff, id);
		return editor.done(redirect, id, "editorial.unpublished", locale, article.content().title());
	}

	@PostMapping("/{id}/archive")
	String archive(@CurrentStaff StaffMember staff, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
		EditableArticle article = desk.archive(staff, id);
		return editor.done(redirect, id, "editorial.archived", locale, article.content().title());
	}

}
