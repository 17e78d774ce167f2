package org.painwise.site.staff;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.Setter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.painwise.site.shared.VisitorAddress;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The second step of a staff sign-in, and setting up the app that makes its codes. After
 * a right password, an account with two-factor sign-in gives a code ({@link #CODE}); an
 * admin without it sets it up first ({@link #SETUP}), as admins must have it. Anyone
 * signed in can set it up for themselves, and make new recovery codes, at {@link #OWN}.
 * Wrong codes count as failed sign-ins ({@link LoginThrottle}).
 */
@Controller
@RequiredArgsConstructor
class TwoFactorController {

	static final String CODE = "/login/code";

	static final String SETUP = "/login/two-factor";

	static final String OWN = "/staff/account/two-factor";

	private static final Logger log = LoggerFactory.getLogger(TwoFactorController.class);

	private final TwoFactor twoFactor;

	private final LoginThrottle throttle;

	private final StaffAccounts accounts;

	private final VisitorAddress addresses;

	private final StaffSessions sessions;

	/** The code typed, which is never shown again. */
	@Getter
	@Setter
	static final class CodeForm {

		private String code;

	}

	@InitBinder("codeForm")
	void bindOnly(WebDataBinder binder) {
		binder.setAllowedFields("code");
	}

	@ModelAttribute("codeForm")
	CodeForm codeForm() {
		return new CodeForm();
	}

	@GetMapping(CODE)
	String codePage() {
		return waiting(SecondFactor.CODE).isPresent() ? "staff/two-factor-code" : "redirect:/login";
	}

	@PostMapping(CODE)
	String code(@ModelAttribute("codeForm") CodeForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<StaffPrincipal> waiting = waiting(SecondFactor.CODE);
		if (waiting.isEmpty()) {
			return "redirect:/login";
		}
		StaffPrincipal principal = waiting.get();
		LoginThrottle.Attempt attempt = LoginAttemptDetails.of(request, addresses).attemptFor(principal.getUsername());
		Long counted = throttle.begin(attempt);
		if (counted == null || !twoFactor.verify(principal.id(), form.getCode())) {
			errors.rejectValue("code", counted == null ? "twoFactor.code.wait" : "twoFactor.code.wrong",
					new Object[] { throttle.longestPauseMinutes() }, null);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "staff/two-factor-code";
		}
		throttle.succeeded(counted, attempt);
		signIn(principal, request, response);
		return "redirect:" + StaffWebConfiguration.DASHBOARD;
	}

	@GetMapping(SETUP)
	String setupForm(Model model) {
		Optional<StaffPrincipal> waiting = waiting(SecondFactor.SETUP);
		if (waiting.isEmpty()) {
			return "redirect:/login";
		}
		return setupPage(waiting.get(), SETUP, model);
	}

	@PostMapping(SETUP)
	String setup(@ModelAttribute("codeForm") CodeForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<StaffPrincipal> waiting = waiting(SecondFactor.SETUP);
		if (waiting.isEmpty()) {
			return "redirect:/login";
		}
		Optional<List<String>> recovery = twoFactor.confirm(waiting.get().id(), form.getCode());
		if (recovery.isEmpty()) {
			errors.rejectValue("code", "twoFactor.code.wrong");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return setupPage(waiting.get(), SETUP, model);
		}
		signIn(waiting.get(), request, response);
		model.addAttribute("codes", recovery.get());
		return "staff/two-factor-recovery";
	}

	@GetMapping(OWN)
	String own(@CurrentStaff StaffMember member, Model model) {
		if (twoFactor.isOn(member.id())) {
			model.addAttribute("left", twoFactor.recoveryCodesLeft(member.id()));
			return "staff/two-factor-on";
		}
		return setupPage(member.id(), member.email(), OWN, model);
	}

	@PostMapping(OWN)
	String turnOn(@CurrentStaff StaffMember member, @ModelAttribute("codeForm") CodeForm form, BindingResult errors,
			HttpServletResponse response, Model model) {
		Optional<List<String>> recovery = twoFactor.confirm(member.id(), form.getCode());
		if (recovery.isEmpty()) {
			errors.rejectValue("code", "twoFactor.code.wrong");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return setupPage(member.id(), member.email(), OWN, model);
		}
		log.info("Staff account {} turned on two-factor sign-in", member.id());
		model.addAttribute("codes", recovery.get());
		return "staff/two-factor-recovery";
	}

	@PostMapping(OWN + "/recovery-codes")
	String newRecoveryCodes(@CurrentStaff StaffMember member, Model model) {
		if (!twoFactor.isOn(member.id())) {
			return "redirect:" + OWN;
		}
		model.addAttribute("codes", twoFactor.newRecoveryCodes(member.id()));
		return "staff/two-factor-recovery";
	}

	private String setupPage(StaffPrincipal principal, String action, Model model) {
		return setupPage(principal.id(), principal.getUsername(), action, model);
	}

	private String setupPage(long accountId, String email, String action, Model model) {
		model.addAttribute("setup", twoFactor.start(accountId, email));
		model.addAttribute("action", action);
		return "staff/two-factor-setup";
	}

	/** The account whose sign-in waits for this second factor, if this request's does. */
	private Optional<StaffPrincipal> waiting(String which) {
		Authentication current = sessions.current();
		if (current != null && current.getPrincipal() instanceof StaffPrincipal principal
				&& SecondFactor.waitingFor(current).filter(which::equals).isPresent()) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

	/** The whole sign-in, with the account's roles, in a new session id. */
	private void signIn(StaffPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
		sessions.signInAgain(principal, principal.getAuthorities(), request, response);
		accounts.recordSignIn(principal.id());
		log.info("Staff account {} signed in with a second factor", principal.id());
	}

}
