package org.painwise.site.moderation;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.painwise.site.comments.CommentFlag;
import org.painwise.site.staff.CurrentStaff;
import org.painwise.site.staff.ModeratorOnly;
import org.painwise.site.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Managing the standard responses: the list, adding one and changing one. */
@Controller
@ModeratorOnly
class StandardResponsesController {

	static final String LIST = "/staff/responses";

	private static final int TITLE_MAX = 120;

	private static final int BODY_MAX = 5000;

	private final StandardResponses responses;

	/** The triage flags a response can be suggested for. */
	private static final List<CommentFlag> SUGGESTED_FOR = List.of(CommentFlag.MEDICAL_ADVICE, CommentFlag.CRISIS,
			CommentFlag.SIDE_EFFECT);

	private final MessageSource messages;

	StandardResponsesController(StandardResponses responses, MessageSource messages) {
		this.responses = responses;
		this.messages = messages;
	}

	@InitBinder("form")
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "body", "active", "position", "suggestedFor", "kind");
	}

	@GetMapping(LIST)
	String list(Model model) {
		model.addAttribute("responses", responses.all());
		return "moderation/responses";
	}

	@GetMapping(LIST + "/new")
	String newResponse(Model model) {
		return formPage(ResponseForm.empty(), null, new BeanPropertyBindingResult(ResponseForm.empty(), "form"), model);
	}

	@PostMapping(LIST)
	String create(@ModelAttribute("form") ResponseForm form, BindingResult binding, @CurrentStaff StaffMember member,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		BindingResult errors = validate(form);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return formPage(form, null, errors, model);
		}
		responses.create(content(form), member);
		redirect.addFlashAttribute("flash", text("responses.created", form.getTitle().strip()));
		return "redirect:" + LIST;
	}

	@GetMapping(LIST + "/{id}")
	String edit(@PathVariable long id, Model model) {
		StandardResponse existing = find(id);
		ResponseForm form = ResponseForm.of(existing);
		return formPage(form, existing.id(), new BeanPropertyBindingResult(form, "form"), model);
	}

	@PostMapping(LIST + "/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") ResponseForm form, BindingResult binding,
			@CurrentStaff StaffMember member, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		StandardResponse existing = find(id);
		BindingResult errors = validate(form);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return formPage(form, existing.id(), errors, model);
		}
		responses.update(existing.id(), content(form), member);
		redirect.addFlashAttribute("flash", text("responses.saved", form.getTitle().strip()));
		return "redirect:" + LIST;
	}

	private String formPage(ResponseForm form, Long id, BindingResult errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		model.addAttribute("responseId", id);
		model.addAttribute("placeholders", ResponsePlaceholders.KNOWN);
		model.addAttribute("flags", SUGGESTED_FOR);
		return "moderation/response";
	}

	private BindingResult validate(ResponseForm form) {
		BindingResult errors = new BeanPropertyBindingResult(form, "form");
		String title = form.getTitle() == null ? "" : form.getTitle().strip();
		String body = form.getBody() == null ? "" : form.getBody().strip();
		if (title.isEmpty()) {
			errors.rejectValue("title", "responses.error.title");
		}
		else if (title.length() > TITLE_MAX) {
			errors.rejectValue("title", "responses.error.titleLength", new Object[] { TITLE_MAX }, null);
		}
		if (body.isEmpty()) {
			errors.rejectValue("body", "responses.error.body");
		}
		else if (body.length() > BODY_MAX) {
			errors.rejectValue("body", "responses.error.bodyLength", new Object[] { BODY_MAX }, null);
		}
		else {
			Set<String> unknown = ResponsePlaceholders.unknownIn(body);
			if (!unknown.isEmpty()) {
				errors.rejectValue("body", "responses.error.placeholders",
						new Object[] { String.join(", ", unknown), "{" + String.join("}, {", ResponsePlaceholders.KNOWN) + "}" },
						null);
			}
		}
		if (form.getPosition() == null || !form.getPosition().strip().matches("-?[0-9]{1,6}")) {
			errors.rejectValue("position", "responses.error.position");
		}
		if (form.getSuggestedFor() != null && !form.getSuggestedFor().isBlank()
				&& SUGGESTED_FOR.stream().noneMatch(flag -> flag.name().equals(form.getSuggestedFor()))) {
			errors.rejectValue("suggestedFor", "responses.error.suggestedFor");
		}
		if (!List.of("REPLY", "REJECTION").contains(String.valueOf(form.getKind()))) {
			errors.rejectValue("kind", "responses.error.kind");
		}
		else if ("REJECTION".equals(form.getKind()) && form.getSuggestedFor() != null && !form.getSuggestedFor().isBlank()) {
			errors.rejectValue("suggestedFor", "responses.error.suggestedForRejection");
		}
		return errors;
	}

	private static StandardResponses.Content content(ResponseForm form) {
		return new StandardResponses.Content(form.getTitle().strip(), form.getBody().replace("\r\n", "\n").strip(),
				form.isActive(), Integer.parseInt(form.getPosition().strip()),
				form.getSuggestedFor() == null || form.getSuggestedFor().isBlank() ? null
						: CommentFlag.valueOf(form.getSuggestedFor()),
				StandardResponse.Kind.valueOf(form.getKind()));
	}

	private StandardResponse find(long id) {
		return responses.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "responses.error.notFound"));
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.UK);
	}

}
