package org.painwise.site.ratings;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.ErrorPages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Votes on articles and comments sent by the form, without JavaScript: answered with a
 * redirect back to the same place on the page and a confirmation, or a page that explains
 * a refusal. Browsers posting the form, and clients that accept anything, come here; a
 * request that asks for JSON before HTML goes to {@link RatingScriptController}, with the
 * same status codes.
 */
@Controller
@RequiredArgsConstructor
class RatingController {

	static final String ARTICLE = "/articles/{slug}/rating";

	static final String COMMENT = "/comments/{id}/rating";

	private final VoteRequests votes;

	private final ErrorPages errorPages;

	@PostMapping(path = ARTICLE, produces = { MediaType.TEXT_HTML_VALUE, MediaType.ALL_VALUE })
	ModelAndView rateArticle(@PathVariable String slug, @RequestParam(name = "value", required = false) String value,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		return page(votes.voteOnArticle(slug, value, request, response), redirect);
	}

	@PostMapping(path = COMMENT, produces = { MediaType.TEXT_HTML_VALUE, MediaType.ALL_VALUE })
	ModelAndView rateComment(@PathVariable long id, @RequestParam(name = "value", required = false) String value,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		return page(votes.voteOnComment(id, value, request, response), redirect);
	}

	/**
	 * A comment address with no number names no comment: the same answer as any missing
	 * one.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView noSuchComment(Locale locale) {
		return errorPages.refusal(new ResponseStatusException(HttpStatus.NOT_FOUND, VoteRequests.NOT_FOUND), locale);
	}

	/**
	 * Back to the item with the thanks under it, or a page that explains why the vote was
	 * not counted.
	 */
	private static ModelAndView page(VoteRequests.Answer answer, RedirectAttributes redirect) {
		RatingTarget target = answer.target();
		if (target == null) {
			throw new ResponseStatusException(answer.status(), answer.messageKey());
		}
		if (answer.status() == HttpStatus.OK) {
			redirect.addFlashAttribute("ratingNotice", answer.messageKey());
			redirect.addFlashAttribute("ratingFor", target.item().widgetId());
			return new ModelAndView("redirect:" + target.returnUrl());
		}
		ModelAndView page = new ModelAndView("ratings/refused", answer.status());
		page.addObject("problem", answer.messageKey());
		page.addObject("status", answer.status().value());
		page.addObject("target", target);
		return page;
	}

}
