package org.painwise.site.moderation;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.painwise.site.staff.CurrentStaff;
import org.painwise.site.staff.ModeratorOnly;
import org.painwise.site.staff.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
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
@RequiredArgsConstructor
class StandardResponsesController {

	static final String LIST = "/staff/responses";

	private final StandardResponses responses;

	private final QueueFeedback feedback;

	@InitBinder("form")
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "body", "active", "position", "suggestedFor", "kind");
		binder.addValidators(new ResponseFormValidator());
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
	String create(@Validated @ModelAttribute("form") ResponseForm form, BindingResult errors,
			@CurrentStaff StaffMember member, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return formPage(form, null, errors, model);
		}
		responses.create(form.content(), member);
		feedback.done(redirect, "responses.created", form.getTitle().strip());
		return "redirect:" + LIST;
	}

	@GetMapping(LIST + "/{id}")
	String edit(@PathVariable long id, Model model) {
		StandardResponse existing = find(id);
		ResponseForm form = ResponseForm.of(existing);
		return formPage(form, existing.id(), new BeanPropertyBindingResult(form, "form"), model);
	}

	@PostMapping(LIST + "/{id}")
	String update(@PathVariable long id, @Validated @ModelAttribute("form") ResponseForm form, BindingResult errors,
			@CurrentStaff StaffMember member, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		StandardResponse existing = find(id);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return formPage(form, existing.id(), errors, model);
		}
		responses.update(existing.id(), form.content(), member);
		feedback.done(redirect, "responses.saved", form.getTitle().strip());
		return "redirect:" + LIST;
	}

	private String formPage(ResponseForm form, Long id, BindingResult errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		model.addAttribute("responseId", id);
		model.addAttribute("placeholders", ResponsePlaceholders.KNOWN);
		model.addAttribute("flags", ResponseFormValidator.SUGGESTED_FOR);
		return "moderation/response";
	}

	private StandardResponse find(long id) {
		return responses.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "responses.error.notFound"));
	}

}
