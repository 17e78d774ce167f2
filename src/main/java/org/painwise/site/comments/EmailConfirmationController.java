package org.painwise.site.comments;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.ErrorPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The link in the email that asks a commenter to confirm their address. Opening it shows
 * a button; only the button (a POST) confirms, because mail scanners open links.
 */
@Controller
@RequiredArgsConstructor
class EmailConfirmationController {

	private final EmailConfirmations confirmations;

	private final ErrorPages errorPages;

	@GetMapping(EmailConfirmations.PATH)
	String ask(@RequestParam(name = "a", required = false) String address,
			@RequestParam(name = "u", required = false) Long until,
			@RequestParam(name = "t", required = false) String token, Model model) {
		if (confirmations.genuine(address, until, token).isEmpty()) {
			throw notValid();
		}
		model.addAttribute("address", address);
		model.addAttribute("until", until);
		model.addAttribute("token", token);
		return "comments/confirm-email";
	}

	@PostMapping(EmailConfirmations.PATH)
	String confirm(@RequestParam(name = "a", required = false) String address,
			@RequestParam(name = "u", required = false) Long until,
			@RequestParam(name = "t", required = false) String token) {
		confirmations
			.confirm(confirmations.genuine(address, until, token).orElseThrow(EmailConfirmationController::notValid));
		return "comments/email-confirmed";
	}

	/**
	 * A link a mail program cut or changed gets the same answer as any link that is not
	 * valid.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView changedLink(Locale locale) {
		return errorPages.refusal(notValid(), locale);
	}

	private static ResponseStatusException notValid() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "error.comment.confirmation-invalid");
	}

}
