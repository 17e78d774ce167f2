package org.painwise.site.moderation;

import java.util.Locale;

import org.painwise.site.staff.CurrentStaff;
import org.painwise.site.staff.ModeratorOnly;
import org.painwise.site.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Featuring a published comment above its thread ("Chosen by our moderators"), with an optional
 * public note, and stopping; from the queue, each back to where the moderator was.
 */
@Controller
@ModeratorOnly
class FeaturingController {

	private final Featuring featuring;

	private final MessageSource messages;

	FeaturingController(Featuring featuring, MessageSource messages) {
		this.featuring = featuring;
		this.messages = messages;
	}

	@PostMapping(ModerationController.QUEUE + "/{id}/feature")
	String feature(@PathVariable long id, @RequestParam(required = false) String note,
			@RequestParam(required = false) String view, @RequestParam(required = false) String article,
			@RequestParam(required = false) String page, @CurrentStaff StaffMember member,
			RedirectAttributes redirect) {
		if (featuring.feature(id, note, member)) {
			redirect.addFlashAttribute("flash", text("moderation.feature.done"));
		}
		else {
			redirect.addFlashAttribute("flashProblem", text("moderation.feature.notPublished"));
		}
		return "redirect:" + QueuePosition.of(view, article, page).url(id);
	}

	@PostMapping(ModerationController.QUEUE + "/{id}/unfeature")
	String unfeature(@PathVariable long id, @RequestParam(required = false) String view,
			@RequestParam(required = false) String article, @RequestParam(required = false) String page,
			@CurrentStaff StaffMember member, RedirectAttributes redirect) {
		featuring.unfeature(id, member);
		redirect.addFlashAttribute("flash", text("moderation.unfeature.done"));
		return "redirect:" + QueuePosition.of(view, article, page).url(id);
	}

	private String text(String code) {
		return messages.getMessage(code, null, Locale.UK);
	}

}
