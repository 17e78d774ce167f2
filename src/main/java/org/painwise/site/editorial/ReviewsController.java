package org.painwise.site.editorial;

import lombok.RequiredArgsConstructor;
import org.painwise.site.staff.EditorOrAdmin;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Articles overdue for review and coming due soon, the longest overdue first. */
@Controller
@EditorOrAdmin
@RequiredArgsConstructor
class ReviewsController {

	private final EditorialDesk desk;

	private final EditorialProperties properties;

	@GetMapping("/staff/reviews")
	String reviews(Model model) {
		model.addAttribute("rows", desk.dueForReview());
		model.addAttribute("today", desk.today());
		model.addAttribute("dueSoonDays", properties.dueSoonDays());
		model.addAttribute("reviewPeriod", properties.reviewPeriod().getYears());
		return "editorial/reviews";
	}

}
