package org.painwise.site.moderation;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.painwise.site.comments.CommentProperties;
import org.painwise.site.comments.CommentStatus;
import org.painwise.site.staff.CurrentStaff;
import org.painwise.site.staff.ModeratorOnly;
import org.painwise.site.staff.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Replying to a comment from the queue, starting from a standard response or from
 * nothing; the reply is published under the comment, which is published too if it was
 * held, and the moderator goes back to where they were in the queue.
 */
@Controller
@ModeratorOnly
@RequiredArgsConstructor
class RepliesController {

	static final String REPLY = ModerationController.QUEUE + "/{id}/reply";

	private final ModerationQueue queue;

	private final ModerationDecisions decisions;

	private final StandardResponses responses;

	private final ResponsePlaceholders placeholders;

	private final CommentProperties commentLimits;

	private final QueueFeedback feedback;

	/** A standard response with its placeholders filled in for one comment. */
	record ResolvedResponse(StandardResponse response, String text) {
	}

	@InitBinder("form")
	void onlyTheReply(WebDataBinder binder) {
		binder.setAllowedFields("body");
		binder.addValidators(new ReplyFormValidator(commentLimits.bodyMaxLength()));
	}

	@GetMapping(REPLY)
	String replyPage(@PathVariable long id, @RequestParam(required = false) Long response, QueuePosition position,
			@RequestParam(required = false) Long next, @CurrentStaff StaffMember member, Model model) {
		ModerationQueries.Item item = replyable(id);
		Optional<StandardResponse> chosen = chosen(response).filter(StandardResponse::active);
		model.addAttribute("form", new ReplyForm(chosen.map(r -> resolve(r, item, member)).orElse("")));
		return replyForm(item, chosen.orElse(null), position, next, member, model);
	}

	@PostMapping(REPLY)
	String reply(@PathVariable long id, @Validated @ModelAttribute("form") ReplyForm form, BindingResult errors,
			@RequestParam(required = false) Long response, @RequestParam(required = false) CommentStatus expected,
			QueuePosition position, @RequestParam(required = false) Long next, @CurrentStaff StaffMember member,
			Model model, RedirectAttributes redirect, HttpServletResponse httpResponse) {
		Optional<StandardResponse> chosen = chosen(response);
		if (errors.hasErrors()) {
			ModerationQueries.Item item = replyable(id);
			httpResponse.setStatus(HttpStatus.BAD_REQUEST.value());
			// the reply comes back as it would have been sent
			form.setBody(form.text());
			return replyForm(item, chosen.orElse(null), position, next, member, model);
		}
		ModerationDecisions.Result result = decisions.reply(id, ModerationController.seen(expected), form.text(),
				chosen.map(StandardResponse::title).orElse(null), member);
		return feedback.afterDecision(result, "moderation.done.REPLY", position, next, redirect);
	}

	/** The reply page, with the {@code form} already in the model. */
	private String replyForm(ModerationQueries.Item item, StandardResponse chosen, QueuePosition position, Long next,
			StaffMember member, Model model) {
		List<StandardResponse> active = responses.active();
		model.addAttribute("entry", queue.entry(item, active, next));
		model.addAttribute("chosen", chosen);
		model.addAttribute("position", position);
		model.addAttribute("next", next);
		model.addAttribute("signature", decisions.signature(member));
		model.addAttribute("responses",
				active.stream().map(r -> new ResolvedResponse(r, resolve(r, item, member))).toList());
		model.addAttribute("maxLength", commentLimits.bodyMaxLength());
		return "moderation/reply";
	}

	private Optional<StandardResponse> chosen(Long response) {
		return response == null ? Optional.empty() : responses.find(response);
	}

	private String resolve(StandardResponse response, ModerationQueries.Item item, StaffMember member) {
		return placeholders.resolve(response.body(), item.firstName(), item.articleTitle(), member.displayName());
	}

	private ModerationQueries.Item replyable(long id) {
		return queue.replyable(id).orElseThrow(QueueFeedback::commentNotFound);
	}

}
