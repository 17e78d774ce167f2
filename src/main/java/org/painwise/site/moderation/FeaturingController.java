package org.painwise.site.moderation;

import lombok.RequiredArgsConstructor;
import org.painwise.site.staff.CurrentStaff;
import org.painwise.site.staff.ModeratorOnly;
import org.painwise.site.staff.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Featuring a published comment above its thread ("Chosen by our moderators"), with an
 * optional public note, and stopping; from the queue, each back to where the moderator
 * was.
 */
@Controller
@ModeratorOnly
@RequiredArgsConstructor
class FeaturingController {

	private final Featuring featuring;

	private final QueueFeedback feedback;

	@PostMapping(ModerationController.QUEUE + "/{id}/feature")
	String feature(@PathVariable long id, @RequestParam(required = false) String note, QueuePosition position,
			@CurrentStaff StaffMember member, RedirectAttributes redirect) {
		if (featuring.feature(id, note, member)) {
			feedback.done(redirect, "moderation.feature.done");
		}
		else {
			feedback.problem(redirect, "moderation.feature.notPublished");
		}
		return position.redirect(id);
	}

	@PostMapping(ModerationController.QUEUE + "/{id}/unfeature")
	String unfeature(@PathVariable long id, QueuePosition position, @CurrentStaff StaffMember member,
			RedirectAttributes redirect) {
		featuring.unfeature(id, member);
		feedback.done(redirect, "moderation.unfeature.done");
		return position.redirect(id);
	}

}
