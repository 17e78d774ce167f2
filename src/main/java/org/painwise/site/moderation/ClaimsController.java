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

/** "I'm looking at this" and letting go, from the queue, back to the same comment. */
@Controller
@ModeratorOnly
class ClaimsController {

	private final Claims claims;

	private final MessageSource messages;

	ClaimsController(Claims claims, MessageSource messages) {
		this.claims = claims;
		this.messages = messages;
	}

	@PostMapping(ModerationController.QUEUE + "/{id}/claim")
	String claim(@PathVariable long id, @RequestParam(required = false) String view,
			@RequestParam(required = false) String article, @RequestParam(required = false) String page,
			@CurrentStaff StaffMember member, RedirectAttributes redirect) {
		claims.claim(id, member);
		redirect.addFlashAttribute("flash", messages.getMessage("moderation.claim.done", null, Locale.UK));
		return "redirect:" + QueuePosition.of(view, article, page).url(id);
	}

	@PostMapping(ModerationController.QUEUE + "/{id}/release")
	String release(@PathVariable long id, @RequestParam(required = false) String view,
			@RequestParam(required = false) String article, @RequestParam(required = false) String page,
			RedirectAttributes redirect) {
		claims.release(id);
		redirect.addFlashAttribute("flash", messages.getMessage("moderation.claim.released", null, Locale.UK));
		return "redirect:" + QueuePosition.of(view, article, page).url(id);
	}

}
