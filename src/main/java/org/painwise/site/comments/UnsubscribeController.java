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
 * The link at the foot of every email about a comment. Opening it shows a button that
 * stops the emails, with no sign-in: mail scanners open links, so only the POST acts.
 * Mail programs that offer one-click unsubscribe (RFC 8058, from the email's
 * {@code List-Unsubscribe} headers) POST to the same address. Doing it twice does no
 * harm.
 */
@Controller
@RequiredArgsConstructor
class UnsubscribeController {

	private final CommentSubscriptions subscriptions;

	private final ErrorPages errorPages;

	@GetMapping(CommentSubscriptions.UNSUBSCRIBE_PATH)
	String confirm(@RequestParam(name = "c", required = false) Long comment,
			@RequestParam(name = "t", required = false) String token, Model model) {
		if (!genuine(comment, token)) {
			throw notValid();
		}
		model.addAttribute("comment", comment);
		model.addAttribute("token", token);
		return "comments/unsubscribe";
	}

	@PostMapping(CommentSubscriptions.UNSUBSCRIBE_PATH)
	String unsubscribe(@RequestParam(name = "c", required = false) Long comment,
			@RequestParam(name = "t", required = false) String token) {
		if (!genuine(comment, token) || !subscriptions.unsubscribe(comment, token)) {
			throw notValid();
		}
		return "comments/unsubscribed";
	}

	private boolean genuine(Long comment, String token) {
		return comment != null && token != null && subscriptions.isGenuine(comment, token);
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
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "error.comment.unsubscribe-invalid");
	}

}
