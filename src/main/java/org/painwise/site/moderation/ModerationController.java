package org.painwise.site.moderation;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.painwise.site.comments.CommentStatus;
import org.painwise.site.staff.CurrentStaff;
import org.painwise.site.staff.ModeratorOnly;
import org.painwise.site.staff.StaffMember;
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
 * The moderation queue: held comments and the other views, and decisions one at a time or
 * in bulk. Every decision redirects back to where the moderator was in the queue, with a
 * confirmation.
 */
@Controller
@ModeratorOnly
@RequiredArgsConstructor
class ModerationController {

	static final String QUEUE = "/staff/moderation";

	/** The longest moderation note kept with a decision; the rest is dropped. */
	private static final int NOTE_MAX = 500;

	/** The most comments one bulk decision acts on. */
	private static final int BULK_MAX = 200;

	private final ModerationQueue queue;

	private final ModerationDecisions decisions;

	private final StandardResponses responses;

	private final QueueFeedback feedback;

	@GetMapping(QUEUE)
	String queue(QueuePosition position, @CurrentStaff StaffMember member, Model model) {
		model.addAllAttributes(queue.page(position, member).model());
		return "moderation/queue";
	}

	@PostMapping(QUEUE + "/{id}/{action:publish|reject|spam}")
	String decide(@PathVariable long id, @PathVariable ModerationDecisions.Decision action,
			@RequestParam(required = false) CommentStatus expected, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Long explain, QueuePosition position,
			@RequestParam(required = false) Long next, @CurrentStaff StaffMember member, RedirectAttributes redirect) {
		String note = reason == null ? null : reason.strip();
		if (note != null && note.length() > NOTE_MAX) {
			note = note.substring(0, NOTE_MAX);
		}
		if (action == ModerationDecisions.Decision.REJECT) {
			StandardResponse explanation = explain == null ? null
					: responses.find(explain)
						.filter(r -> r.kind() == StandardResponse.Kind.REJECTION && r.active())
						.orElse(null);
			ModerationDecisions.Rejection rejection = decisions.reject(id, seen(expected), note, explanation, member);
			String done = explanation == null ? "moderation.done.REJECT"
					: rejection.emailed() ? "moderation.done.REJECT.emailed" : "moderation.done.REJECT.notEmailed";
			return feedback.afterDecision(rejection.result(), done, position, next, redirect);
		}
		ModerationDecisions.Result result = decisions.decide(id, seen(expected), action, note, member);
		return feedback.afterDecision(result, "moderation.done." + action.name(), position, next, redirect);
	}

	@PostMapping(QUEUE + "/{id}/keep")
	String keep(@PathVariable long id, QueuePosition position, @RequestParam(required = false) Long next,
			@CurrentStaff StaffMember member, RedirectAttributes redirect) {
		return feedback.afterDecision(decisions.keepPublished(id, member), "moderation.done.KEEP", position, next,
				redirect);
	}

	@PostMapping(QUEUE + "/bulk")
	String bulk(@RequestParam(name = "ids", required = false) List<Long> ids,
			@RequestParam(required = false) ModerationDecisions.Decision action,
			@RequestParam(required = false) CommentStatus expected, QueuePosition position,
			@CurrentStaff StaffMember member, RedirectAttributes redirect) {
		if (action == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "moderation.error.noDecision");
		}
		List<Long> chosen = ids == null ? List.of()
				: ids.stream().filter(id -> id != null).distinct().limit(BULK_MAX).toList();
		if (chosen.isEmpty()) {
			feedback.problem(redirect, "moderation.bulk.none");
			return position.redirect(null);
		}
		CommentStatus from = seen(expected);
		int done = 0;
		List<String> handled = new ArrayList<>();
		for (long commentId : chosen) {
			ModerationDecisions.Result result = decisions.decide(commentId, from, action, null, member);
			if (result instanceof ModerationDecisions.Result.Done) {
				done++;
			}
			else if (result instanceof ModerationDecisions.Result.AlreadyHandled already) {
				handled.add(feedback.alreadyHandled(already));
			}
		}
		feedback.done(redirect, "moderation.bulk.done." + action.name(), done);
		if (!handled.isEmpty()) {
			redirect.addFlashAttribute("flashProblem", String.join(" ", handled));
		}
		return position.redirect(null);
	}

	/**
	 * The status the moderator saw the comment in, which every form sends so that nothing
	 * changes if someone else got there first.
	 */
	static CommentStatus seen(CommentStatus expected) {
		if (expected == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "moderation.error.noExpectedStatus");
		}
		return expected;
	}

}
