package org.painwise.site.staff;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff sign-in page. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "staff/login";
	}

}
