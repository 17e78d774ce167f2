package org.painwise.site.feedback;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.painwise.site.staff.CurrentStaff;
import org.painwise.site.staff.EditorOrAdmin;
import org.painwise.site.staff.StaffMember;
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
 * The editors' feedback queue: readers' problem reports, newest first, to be marked as
 * done, and how many readers found each article useful or not.
 */
@Controller
@EditorOrAdmin
@RequiredArgsConstructor
class FeedbackQueueController {

	private final PageFeedback feedback;

	private final MessageSource messages;

	@GetMapping("/staff/feedback")
	String queue(@RequestParam(defaultValue = "NEW") PageFeedback.Status status, Model model) {
		model.addAttribute("status", status.name());
		model.addAttribute("reports", feedback.problems(status));
		model.addAttribute("newCount", feedback.count(PageFeedback.Status.NEW));
		model.addAttribute("doneCount", feedback.count(PageFeedback.Status.DONE));
		model.addAttribute("tallies", feedback.tallies());
		model.addAttribute("queueLength", PageFeedback.QUEUE_LENGTH);
		return "feedback/queue";
	}

	@PostMapping("/staff/feedback/{id}/done")
	String markDone(@CurrentStaff StaffMember editor, @PathVariable long id, RedirectAttributes redirect,
			Locale locale) {
		if (!feedback.markDone(id, editor.id())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "error.feedback.not-found");
		}
		redirect.addFlashAttribute("flash", messages.getMessage("feedback.queue.markedDone", null, locale));
		return "redirect:/staff/feedback";
	}

}
