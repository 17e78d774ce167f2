package org.painwise.site.comments;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The link in the email that asks a commenter to confirm their address. Opening it shows
 * a button; only the button (a POST) confirms, because mail scanners open links.
 */
@Controller
class EmailConfirmationController {

	private final EmailConfirmations confirmations;

	EmailConfirmationController(EmailConfirmations confirmations) {
		this.confirmations = confirmations;
	}

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

	private static ResponseStatusException notValid() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "error.comment.confirmation-invalid");
	}

}
