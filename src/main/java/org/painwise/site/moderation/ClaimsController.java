package org.painwise.site.moderation;

import lombok.RequiredArgsConstructor;
import org.painwise.site.staff.CurrentStaff;
import org.painwise.site.staff.ModeratorOnly;
import org.painwise.site.staff.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "I'm looking at this" and letting go, from the queue, back to the same comment. */
@Controller
@ModeratorOnly
@RequiredArgsConstructor
class ClaimsController {

	private final Claims claims;

	private final QueueFeedback feedback;

	@PostMapping(ModerationController.QUEUE + "/{id}/claim")
	String claim(@PathVariable long id, QueuePosition position, @CurrentStaff StaffMember member,
			RedirectAttributes redirect) {
		claims.claim(id, member);
		feedback.done(redirect, "moderation.claim.done");
		return position.redirect(id);
	}

	@PostMapping(ModerationController.QUEUE + "/{id}/release")
	String release(@PathVariable long id, QueuePosition position, RedirectAttributes redirect) {
		claims.release(id);
		feedback.done(redirect, "moderation.claim.released");
		return position.redirect(id);
	}

}
