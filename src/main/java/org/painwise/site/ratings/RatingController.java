package org.painwise.site.ratings;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.painwise.site.articles.ArticleCatalog;
import org.painwise.site.shared.VisitorAddress;
import org.painwise.site.shared.VisitorCookie;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Votes on articles and comments. A form post (no JavaScript) is answered with a redirect back
 * to the same place on the page and a confirmation, or a page that explains a refusal; a
 * request that prefers JSON (the page's script) gets the new summary and a message as JSON,
 * with the same status codes. Browsers posting the form, and clients that accept anything, get
 * HTML.
 */
@Controller
class RatingController {

	private static final String ARTICLE = "/articles/{slug}/rating";

	private static final String COMMENT = "/comments/{id}/rating";

	private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

	/** HTML, and anything at all: only a request that asks for JSON before HTML gets JSON. */
	private static final String HTML = MediaType.TEXT_HTML_VALUE;

	private static final String ANY = MediaType.ALL_VALUE;

	private static final String NOT_FOUND = "ratings.notFound";

	private final Ratings ratings;

	private final ArticleCatalog catalog;

	private final RatedComments comments;

	private final VisitorCookie visitorCookie;

	private final VisitorAddress visitorAddress;

	private final MessageSource messages;

	RatingController(Ratings ratings, ArticleCatalog catalog, RatedComments comments, VisitorCookie visitorCookie,
			VisitorAddress visitorAddress, MessageSource messages) {
		this.ratings = ratings;
		this.catalog = catalog;
		this.comments = comments;
		this.visitorCookie = visitorCookie;
		this.visitorAddress = visitorAddress;
		this.messages = messages;
	}

	@PostMapping(path = ARTICLE, produces = JSON)
	ResponseEntity<Map<String, Object>> rateArticleForScript(@PathVariable String slug,
			@RequestParam(name = "value", required = false) String value, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		return json(vote(article(slug), value, request, response), locale);
	}

	@PostMapping(path = ARTICLE, produces = { HTML, ANY })
	ModelAndView rateArticle(@PathVariable String slug, @RequestParam(name = "value", required = false) String value,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		return page(vote(article(slug), value, request, response), redirect);
	}

	@PostMapping(path = COMMENT, produces = JSON)
	ResponseEntity<Map<String, Object>> rateCommentForScript(@PathVariable long id,
			@RequestParam(name = "value", required = false) String value, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		return json(vote(comments.findPublished(id), value, request, response), locale);
	}

	@PostMapping(path = COMMENT, produces = { HTML, ANY })
	ModelAndView rateComment(@PathVariable long id, @RequestParam(name = "value", required = false) String value,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		return page(vote(comments.findPublished(id), value, request, response), redirect);
	}

	/**
	 * A comment id that is no number names no comment: the script gets the answer it gets for
	 * any comment it cannot rate. A form gets the site's 404 page from its error pages.
	 */
	@ExceptionHandler(value = MethodArgumentTypeMismatchException.class, produces = JSON)
	ResponseEntity<Map<String, Object>> noSuchItem(Locale locale) {
		return json(new Answer(HttpStatus.NOT_FOUND, NOT_FOUND, null, null), locale);
	}

	private Optional<RatingTarget> article(String slug) {
		return catalog.findPublished(slug)
			.map(article -> new RatingTarget(RatedItem.article(article.id()), article.title(),
					"/articles/" + article.slug()));
	}

	/**
	 * What came of a vote, for either kind of answer.
	 * @param messageKey what the reader is told
	 * @param summary the item's rating after the vote, when the reader may see it
	 * @param target what was rated, or null when there is no such thing
	 */
	private record Answer(HttpStatus status, String messageKey, RatingSummary summary, RatingTarget target) {
	}

	private Answer vote(Optional<RatingTarget> found, String rawValue, HttpServletRequest request,
			HttpServletResponse response) {
		if (found.isEmpty()) {
			return new Answer(HttpStatus.NOT_FOUND, NOT_FOUND, null, null);
		}
		RatingTarget target = found.get();
		Integer value = parseValue(rawValue);
		if (value == null) {
			return new Answer(HttpStatus.BAD_REQUEST, "ratings.invalid", null, target);
		}
		Ratings.Voter voter = new Ratings.Voter(visitorCookie.find(request).orElse(null),
				visitorAddress.hashOf(request), () -> visitorCookie.findOrCreate(request, response));
		Ratings.Outcome outcome = ratings.vote(target.item(), value, voter);
		if (outcome instanceof Ratings.Outcome.Rated rated) {
			return new Answer(HttpStatus.OK, "ratings.thanks", rated.summary(), target);
		}
		if (outcome instanceof Ratings.Outcome.AlreadyRated already) {
			return new Answer(HttpStatus.CONFLICT, "ratings.already", already.summary(), target);
		}
		return new Answer(HttpStatus.TOO_MANY_REQUESTS, "ratings.tooMany", null, target);
	}

	/** A whole number from 1 to 5, exactly as a star sends it; anything else is null. */
	static Integer parseValue(String raw) {
		return raw != null && raw.matches("[1-5]") ? Integer.valueOf(raw) : null;
	}

	private ResponseEntity<Map<String, Object>> json(Answer answer, Locale locale) {
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

	/** Back to the item with the thanks under it, or a page that explains why the vote was not counted. */
	private static ModelAndView page(Answer answer, RedirectAttributes redirect) {
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
