package org.painwise.site.staff;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.VisitorAddress;
import org.painwise.site.staff.AccountForms.PasswordChange;
import org.painwise.site.staff.AccountFormValidators.PasswordChangeValidator;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff member changes their own password, proving they know the current one. Their
 * other sessions end; this one carries on with a new session id.
 */
@Controller
@AnyStaff
@RequestMapping(StaffWebConfiguration.PASSWORD_PAGE)
@RequiredArgsConstructor
class OwnPasswordController {

	private static final String VIEW = "staff/password";

	private final StaffAccounts accounts;

	private final PasswordPolicy policy;

	private final LoginThrottle throttle;

	private final VisitorAddress visitorAddress;

	private final StaffSessions sessions;

	private final MessageSource messages;

	private final PasswordChangeValidator validator;

	@InitBinder("passwordForm")
	void bindOnly(WebDataBinder binder) {
		binder.setAllowedFields("currentPassword", "newPassword", "confirmPassword");
	}

	@ModelAttribute("minPasswordLength")
	int minPasswordLength() {
		return policy.minLength();
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("passwordForm", new PasswordChange());
		return VIEW;
	}

	@PostMapping
	String change(@CurrentStaff StaffMember member, @ModelAttribute("passwordForm") PasswordChange form,
			BindingResult errors, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		validator.validate(form, errors, member.email());
		if (!errors.hasErrors()) {
			StaffAccounts.OwnPasswordChange result = accounts.changeOwnPassword(member.id(), form.getCurrentPassword(),
					form.getNewPassword(), LoginAttemptDetails.of(request, visitorAddress));
			switch (result.outcome()) {
				case CHANGED -> {
					staySignedIn(result.changedAt(), request, response);
					redirect.addFlashAttribute("flash",
							messages.getMessage("password.changed", null, request.getLocale()));
					return "redirect:" + StaffWebConfiguration.DASHBOARD;
				}
				case WRONG_CURRENT_PASSWORD -> errors.rejectValue("currentPassword", "password.current.wrong");
				case TOO_MANY_ATTEMPTS -> errors.rejectValue("currentPassword", "password.current.throttled",
						new Object[] { throttle.longestPauseMinutes() }, null);
			}
		}
		form.forgetPasswords();
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return VIEW;
	}

	/**
	 * The new password ends every session that started before it, this one included,
	 * unless this session is told the new change time. It also gets a new id, as at
	 * sign-in.
	 */
	private void staySignedIn(Instant changedAt, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = sessions.current();
		if (current == null || !(current.getPrincipal() instanceof StaffPrincipal principal)) {
			return;
		}
		sessions.signInAgain(principal.withPasswordChangedAt(changedAt), current.getAuthorities(), request, response);
	}

}
