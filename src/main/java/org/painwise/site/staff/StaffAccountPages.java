package org.painwise.site.staff;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.painwise.site.staff.AccountForms.Details;
import org.painwise.site.staff.AccountForms.NewPassword;
import org.painwise.site.staff.StaffAccountProblems.OwnAccountRefused;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff account pages' models: the list's rows, one account's page with its forms and
 * a refusal's reason, and the confirmation shown after a change.
 */
@Component
@RequiredArgsConstructor
class StaffAccountPages {

	static final String LIST = "staff/accounts/list";

	static final String NEW = "staff/accounts/new";

	static final String EDIT = "staff/accounts/edit";

	private final StaffAccountAdministration administration;

	private final MessageSource messages;

	private final Clock clock;

	/** One row of the list, with the last sign-in in the charity's time zone. */
	record Row(StaffAccountSummary account, LocalDateTime lastLogin) {

	}

	/** The list of every account. */
	String list(Model model) {
		List<Row> rows = administration.list()
			.stream()
			.map(account -> new Row(account,
					account.lastLoginAt() == null ? null
							: LocalDateTime.ofInstant(account.lastLoginAt(), clock.getZone())))
			.toList();
		model.addAttribute("rows", rows);
		return LIST;
	}

	/** Back to the list, with the new account named at the top. */
	String created(RedirectAttributes redirect, String displayName, String email, Locale locale) {
		redirect.addFlashAttribute("flash",
				messages.getMessage("accounts.created", new Object[] { displayName.strip(), email.strip() }, locale));
		return "redirect:/staff/accounts";
	}

	/** Back to the account's page, with what changed at the top. */
	String confirmed(RedirectAttributes redirect, long id, String messageCode, String email, Locale locale) {
		redirect.addFlashAttribute("flash", messages.getMessage(messageCode, new Object[] { email }, locale));
		return "redirect:/staff/accounts/" + id;
	}

	/**
	 * The account page again, with the reason at the top, for a change an admin may not
	 * make to themselves.
	 */
	String refused(Model model, StaffMember admin, StaffAccountSummary account, OwnAccountRefused refusal,
			HttpServletResponse response) {
		Details details = Details.of(account);
		BindingResult detailErrors = new BeanPropertyBindingResult(details, "details");
		detailErrors.reject(refusal.messageCode());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "details", detailErrors);
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return edit(model, admin, account, details, new NewPassword());
	}

	/** One account's page, with its forms as typed when they come back with errors. */
	String edit(Model model, StaffMember admin, StaffAccountSummary account, Details details,
			NewPassword passwordReset) {
		model.addAttribute("account", account);
		model.addAttribute("self", admin.id() == account.id());
		if (!model.containsAttribute("details")) {
			model.addAttribute("details", details);
		}
		if (!model.containsAttribute("passwordReset")) {
			model.addAttribute("passwordReset", passwordReset);
		}
		return EDIT;
	}

}
