package org.painwise.site.ratings;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Votes sent by the page's script, which asks for JSON: the answer is the new summary and
 * a message, with the status codes {@link RatingController} gives the form.
 */
@Controller
@RequiredArgsConstructor
class RatingScriptController {

	private final VoteRequests votes;

	private final MessageSource messages;

	@PostMapping(path = RatingController.ARTICLE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> rateArticle(@PathVariable String slug,
			@RequestParam(name = "value", required = false) String value, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		return json(votes.voteOnArticle(slug, value, request, response), locale);
	}

	@PostMapping(path = RatingController.COMMENT, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> rateComment(@PathVariable long id,
			@RequestParam(name = "value", required = false) String value, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		return json(votes.voteOnComment(id, value, request, response), locale);
	}

	/**
	 * A comment id that is no number names no comment: the answer for any comment that
	 * cannot be rated.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Map<String, Object>> noSuchComment(Locale locale) {
		return json(VoteRequests.Answer.NO_SUCH_ITEM, locale);
	}

	private ResponseEntity<Map<String, Object>> json(VoteRequests.Answer answer, Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("message", messages.getMessage(answer.messageKey(), null, locale));
		RatingSummary summary = answer.summary();
		if (summary != null) {
			body.put("summary", messages.getMessage(summary.messageKey(), summary.messageArguments(), locale));
			body.put("count", summary.count());
			body.put("average", summary.average());
		}
		return ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON).body(body);
	}

}
