package org.painwise.site.editorial;

import java.time.LocalDate;

import org.painwise.site.articles.ArticleEditing;
import org.painwise.site.staff.EditorOrAdmin;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Articles overdue for review and coming due soon, the longest overdue first. */
@Controller
@EditorOrAdmin
class ReviewsController {

	private final ArticleEditing editing;

	private final EditorialDesk desk;

	private final EditorialProperties properties;

	ReviewsController(ArticleEditing editing, EditorialDesk desk, EditorialProperties properties) {
		this.editing = editing;
		this.desk = desk;
		this.properties = properties;
	}

	@GetMapping("/staff/reviews")
	String reviews(Model model) {
		LocalDate today = desk.today();
		model.addAttribute("rows", editing.dueForReview(today.plusDays(properties.dueSoonDays())));
		model.addAttribute("today", today);
		model.addAttribute("dueSoonDays", properties.dueSoonDays());
		model.addAttribute("reviewPeriod", properties.reviewPeriod().getYears());
		return "editorial/reviews";
	}

}
