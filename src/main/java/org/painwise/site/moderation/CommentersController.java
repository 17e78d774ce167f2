package org.painwise.site.moderation;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.painwise.site.staff.CurrentStaff;
import org.painwise.site.staff.ModeratorOnly;
import org.painwise.site.staff.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What moderators decide about a comment's writer rather than the comment: blocking them
 * (from the queue or the audit trail), the list of blocks where they are lifted, and
 * revoking trust.
 */
@Controller
@ModeratorOnly
@RequiredArgsConstructor
class CommentersController {

	static final String BLOCKED = "/staff/moderation/blocked";

	static final String BLOCK = "/staff/moderation/{id}/block";

	private final CommenterBlocks blocks;

	private final TrustedCommenters trust;

	private final QueueFeedback feedback;

	private final Clock clock;

	@InitBinder("form")
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("reason", "blockAddress", "addressDays", "rejectHeld");
	}

	@GetMapping(BLOCKED)
	String list(Model model) {
		model.addAttribute("blocks", blocks.all());
		model.addAttribute("now", clock.instant());
		return "moderation/blocked";
	}

	@GetMapping(BLOCK)
	String blockPage(@PathVariable long id, Model model) {
		model.addAttribute("form", new BlockForm());
		return blockForm(id, model);
	}

	@PostMapping(BLOCK)
	String block(@PathVariable long id, @Valid @ModelAttribute("form") BlockForm form, BindingResult errors,
			@CurrentStaff StaffMember member, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return blockForm(id, model);
		}
		Duration address = form.isBlockAddress() ? Duration.ofDays(form.getAddressDays()) : null;
		CommenterBlocks.Outcome outcome = blocks.block(id, form.getReason(), address, form.isRejectHeld(), member);
		if (outcome instanceof CommenterBlocks.Outcome.Blocked blocked) {
			redirect.addFlashAttribute("flash",
					feedback.text("moderation.block.done", blocked.shownAs(), blocked.rejected())
							+ (blocked.addressBlocked()
									? " " + feedback.text("moderation.block.doneAddress", form.getAddressDays()) : ""));
		}
		else if (outcome instanceof CommenterBlocks.Outcome.AlreadyBlocked already) {
			feedback.done(redirect, "moderation.block.already", already.shownAs());
		}
		else {
			throw notFound();
		}
		return "redirect:" + BLOCKED;
	}

	@PostMapping(BLOCKED + "/{id}/unblock")
	String unblock(@PathVariable long id, @CurrentStaff StaffMember member, RedirectAttributes redirect) {
		feedback.done(redirect, blocks.unblock(id, member) ? "moderation.unblock.done" : "moderation.unblock.gone");
		return "redirect:" + BLOCKED;
	}

	/** Back to where the moderator was in the queue, their next comments held again. */
	@PostMapping(ModerationController.QUEUE + "/{id}/revoke-trust")
	String revokeTrust(@PathVariable long id, QueuePosition position, @CurrentStaff StaffMember member,
			RedirectAttributes redirect) {
		String name = trust.revoke(id, member).orElseThrow(CommentersController::notFound);
		feedback.done(redirect, "moderation.trust.revoked", name);
		return position.redirect(id);
	}

	private String blockForm(long commentId, Model model) {
		CommenterBlocks.Writer writer = blocks.writerOf(commentId).orElseThrow(CommentersController::notFound);
		model.addAttribute("commentId", commentId);
		model.addAttribute("writer", writer);
		return "moderation/block";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "moderation.error.writerNotFound");
	}

}
