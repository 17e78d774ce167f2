package org.painwise.site.staff;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.painwise.site.staff.AccountForms.Details;
import org.painwise.site.staff.AccountForms.NewAccount;
import org.painwise.site.staff.AccountForms.NewPassword;
import org.painwise.site.staff.AccountFormValidators.DetailsValidator;
import org.painwise.site.staff.AccountFormValidators.NewAccountValidator;
import org.painwise.site.staff.AccountFormValidators.NewPasswordValidator;
import org.painwise.site.staff.StaffAccountProblems.EmailAlreadyUsed;
import org.painwise.site.staff.StaffAccountProblems.OwnAccountRefused;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins manage staff accounts: the list, a new account, and one account's page with its
 * name and roles, whether it may sign in, and a new password. Every change is
 * post/redirect/get with a confirmation; a change an admin may not make to their own
 * account is a 409 with the reason.
 */
@Controller
@AdminOnly
@RequestMapping("/staff/accounts")
@RequiredArgsConstructor
class StaffAccountsController {

	private final StaffAccountAdministration administration;

	private final PasswordPolicy policy;

	private final NewAccountValidator newAccountValidator;

	private final DetailsValidator detailsValidator;

	private final NewPasswordValidator passwordValidator;

	private final StaffAccountPages pages;

	@InitBinder("newAccount")
	void bindNewAccount(WebDataBinder binder) {
		binder.setAllowedFields("email", "displayName", "roles", "password");
		binder.addValidators(newAccountValidator);
	}

	@InitBinder("details")
	void bindDetails(WebDataBinder binder) {
		binder.setAllowedFields("displayName", "roles");
		binder.addValidators(detailsValidator);
	}

	@InitBinder("passwordReset")
	void bindPasswordReset(WebDataBinder binder) {
		binder.setAllowedFields("password");
	}

	@ModelAttribute("allRoles")
	StaffRole[] allRoles() {
		return StaffRole.values();
	}

	@ModelAttribute("minPasswordLength")
	int minPasswordLength() {
		return policy.minLength();
	}

	@GetMapping
	String list(Model model) {
		return pages.list(model);
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		model.addAttribute("newAccount", new NewAccount());
		return StaffAccountPages.NEW;
	}

	@PostMapping
	String create(@CurrentStaff StaffMember admin, @Validated @ModelAttribute("newAccount") NewAccount form,
			BindingResult errors, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		int status = HttpServletResponse.SC_BAD_REQUEST;
		if (!errors.hasErrors()) {
			try {
				administration.create(admin, form.getEmail(), form.getDisplayName(), form.getRoles(),
						form.getPassword());
				return pages.created(redirect, form.getDisplayName(), form.getEmail(), locale);
			}
			catch (EmailAlreadyUsed ex) {
				errors.rejectValue("email", "accounts.email.taken");
				status = HttpServletResponse.SC_CONFLICT;
			}
		}
		form.forgetPassword();
		response.setStatus(status);
		return StaffAccountPages.NEW;
	}

	@GetMapping("/{id}")
	String account(@CurrentStaff StaffMember admin, @PathVariable long id, Model model) {
		StaffAccountSummary account = administration.get(id);
		return pages.edit(model, admin, account, Details.of(account), new NewPassword());
	}

	@PostMapping("/{id}")
	String updateDetails(@CurrentStaff StaffMember admin, @PathVariable long id,
			@Validated @ModelAttribute("details") Details form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		StaffAccountSummary account = administration.get(id);
		if (!errors.hasErrors()) {
			try {
				administration.updateDetails(admin, id, form.getDisplayName(), form.getRoles());
				return pages.confirmed(redirect, id, "accounts.updated", account.email(), locale);
			}
			catch (OwnAccountRefused ex) {
				errors.reject(ex.messageCode());
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				return pages.edit(model, admin, account, form, new NewPassword());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return pages.edit(model, admin, account, form, new NewPassword());
	}

	@PostMapping("/{id}/disable")
	String disable(@CurrentStaff StaffMember admin, @PathVariable long id, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		StaffAccountSummary account = administration.get(id);
		try {
			administration.disable(admin, id);
			return pages.confirmed(redirect, id, "accounts.disabled", account.email(), locale);
		}
		catch (OwnAccountRefused ex) {
			return pages.refused(model, admin, account, ex, response);
		}
	}

	@PostMapping("/{id}/enable")
	String enable(@CurrentStaff StaffMember admin, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
		StaffAccountSummary account = administration.get(id);
		administration.enable(admin, id);
		return pages.confirmed(redirect, id, "accounts.enabled", account.email(), locale);
	}

	@PostMapping("/{id}/password")
	String resetPassword(@CurrentStaff StaffMember admin, @PathVariable long id,
			@ModelAttribute("passwordReset") NewPassword form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		StaffAccountSummary account = administration.get(id);
		passwordValidator.validate(form, errors, account.email());
		if (!errors.hasErrors()) {
			try {
				administration.resetPassword(admin, id, form.getPassword());
				return pages.confirmed(redirect, id, "accounts.passwordReset", account.email(), locale);
			}
			catch (OwnAccountRefused ex) {
				form.forgetPassword();
				return pages.refused(model, admin, account, ex, response);
			}
		}
		form.forgetPassword();
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return pages.edit(model, admin, account, Details.of(account), form);
	}

}
