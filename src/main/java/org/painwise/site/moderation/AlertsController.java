package org.painwise.site.moderation;

import lombok.RequiredArgsConstructor;
import org.painwise.site.staff.CurrentStaff;
import org.painwise.site.staff.ModeratorOnly;
import org.painwise.site.staff.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A moderator's own settings: emails about urgent comments and a long queue, and whether
 * possibly distressing comments are blurred until they choose to read them.
 */
@Controller
@ModeratorOnly
@RequiredArgsConstructor
class AlertsController {

	static final String ALERTS = ModerationController.QUEUE + "/alerts";

	private final ModeratorPreferences preferences;

	private final QueueAlertProperties queueAlerts;

	private final QueueFeedback feedback;

	@GetMapping(ALERTS)
	String alerts(@CurrentStaff StaffMember member, Model model) {
		model.addAttribute("crisisAlerts", preferences.wantsCrisisAlerts(member.id()));
		model.addAttribute("queueAlerts", preferences.wantsQueueAlerts(member.id()));
		model.addAttribute("blur", preferences.blursSensitive(member.id()));
		model.addAttribute("queueLimits", queueAlerts);
		return "moderation/alerts";
	}

	/** Each box is sent ("on") only when ticked. */
	@PostMapping(ALERTS)
	String saveAlerts(@RequestParam(defaultValue = "false") boolean crisisAlerts,
			@RequestParam(defaultValue = "false") boolean queueAlerts,
			@RequestParam(defaultValue = "false") boolean blur, @CurrentStaff StaffMember member,
			RedirectAttributes redirect) {
		preferences.setCrisisAlerts(member, crisisAlerts);
		preferences.setQueueAlerts(member, queueAlerts);
		preferences.setBlurSensitive(member, blur);
		redirect.addFlashAttribute("flash",
				feedback.text(crisisAlerts ? "moderation.alerts.on" : "moderation.alerts.off") + " "
						+ feedback.text(queueAlerts ? "moderation.alerts.queueOn" : "moderation.alerts.queueOff"));
		return "redirect:" + ALERTS;
	}

}
