package org.painwise.site.comments;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The link at the foot of every email about a comment: one click stops them, with no sign-in,
 * and the page says so. Opening it twice does no harm.
 */
@Controller
class UnsubscribeController {

	private final CommentSubscriptions subscriptions;

	UnsubscribeController(CommentSubscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@GetMapping(CommentSubscriptions.UNSUBSCRIBE_PATH)
	String unsubscribe(@RequestParam(name = "c", required = false) String comment,
			@RequestParam(name = "t", required = false) String token) {
		if (comment == null || !comment.matches("[0-9]{1,18}") || token == null
				|| !subscriptions.unsubscribe(Long.parseLong(comment), token)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"This unsubscribe link is not valid. Please copy the whole link from the email.");
		}
		return "comments/unsubscribed";
	}

}
