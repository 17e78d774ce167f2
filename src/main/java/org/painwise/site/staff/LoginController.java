package org.painwise.site.staff;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff sign-in page. Spring Security handles the form's POST; every refusal (wrong
 * email or password, a disabled account, too many attempts) comes back here with the same
 * message.
 */
@Controller
@RequiredArgsConstructor
class LoginController {

	private final LoginThrottle throttle;

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("waitMinutes", throttle.longestPauseMinutes());
		return "staff/login";
	}

}
