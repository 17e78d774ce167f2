package org.painwise.site.ratings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.painwise.site.articles.ArticleCatalog;
import org.painwise.site.shared.VisitorAddress;
import org.painwise.site.shared.VisitorCookie;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Votes on articles and comments. A form post (no JavaScript) is answered with a redirect back
 * to the same place on the page and a confirmation, or a page that explains a refusal; a
 * request that prefers JSON (the page's script) gets the new summary and a message as JSON,
 * with the same status codes.
 */
@Controller
class RatingController {

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

	@PostMapping("/articles/{slug}/rating")
	Object rateArticle(@PathVariable String slug, @RequestParam(name = "value", required = false) String value,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		Optional<RatingTarget> target = catalog.findPublished(slug)
			.map(article -> new RatingTarget(RatedItem.article(article.id()), article.title(),
					"/articles/" + article.slug()));
		return rate(target, value, request, response, redirect, locale);
	}

	@PostMapping("/comments/{id}/rating")
	Object rateComment(@PathVariable String id, @RequestParam(name = "value", required = false) String value,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		Optional<RatingTarget> target = id.matches("[0-9]{1,18}")
				? comments.findPublished(Long.parseLong(id)) : Optional.empty();
		return rate(target, value, request, response, redirect, locale);
	}

	private Object rate(Optional<RatingTarget> found, String rawValue, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		boolean json = prefersJson(request);
		if (found.isEmpty()) {
			if (json) {
				return answer(HttpStatus.NOT_FOUND, "ratings.notFound", null, locale);
			}
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, text("ratings.notFound", locale));
		}
		RatingTarget target = found.get();
		Integer value = parseValue(rawValue);
		if (value == null) {
			return json ? answer(HttpStatus.BAD_REQUEST, "ratings.invalid", null, locale)
					: refused(HttpStatus.BAD_REQUEST, "ratings.invalid", target);
		}

		Ratings.Voter voter = new Ratings.Voter(visitorCookie.find(request).orElse(null),
				visitorAddress.hashOf(request), () -> visitorCookie.findOrCreate(request, response));
		Ratings.Outcome outcome = ratings.vote(target.item(), value, voter);

		if (outcome instanceof Ratings.Outcome.Rated rated) {
			if (json) {
				return answer(HttpStatus.OK, "ratings.thanks", rated.summary(), locale);
			}
			redirect.addFlashAttribute("ratingNotice", "ratings.thanks");
			redirect.addFlashAttribute("ratingFor", target.item().widgetId());
			return "redirect:" + target.returnUrl();
		}
		if (outcome instanceof Ratings.Outcome.AlreadyRated already) {
			return json ? answer(HttpStatus.CONFLICT, "ratings.already", already.summary(), locale)
					: refused(HttpStatus.CONFLICT, "ratings.already", target);
		}
		return json ? answer(HttpStatus.TOO_MANY_REQUESTS, "ratings.tooMany", null, locale)
				: refused(HttpStatus.TOO_MANY_REQUESTS, "ratings.tooMany", target);
	}

	/** A whole number from 1 to 5, exactly as a star sends it; anything else is null. */
	static Integer parseValue(String raw) {
		return raw != null && raw.matches("[1-5]") ? Integer.valueOf(raw) : null;
	}

	/**
	 * Whether the request asks for JSON before HTML: the page's script does; browsers posting
	 * the form, and clients that accept anything, get HTML.
	 */
	static boolean prefersJson(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return false;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			MediaType best = null;
			for (MediaType type : types) {
				boolean better = best == null || type.getQualityValue() > best.getQualityValue()
						|| (type.getQualityValue() == best.getQualityValue() && isWildcard(best) && !isWildcard(type));
				if (better) {
					best = type;
				}
			}
			return best != null && best.getQualityValue() > 0 && !isWildcard(best)
					&& best.isCompatibleWith(MediaType.APPLICATION_JSON);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static boolean isWildcard(MediaType type) {
		return type.isWildcardType() || type.isWildcardSubtype();
	}

	private ResponseEntity<Map<String, Object>> answer(HttpStatus status, String messageKey, RatingSummary summary,
			Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("message", text(messageKey, locale));
		if (summary != null) {
			body.put("summary", messages.getMessage(summary.messageKey(), summary.messageArguments(), locale));
			body.put("count", summary.count());
			body.put("average", summary.average());
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	private ModelAndView refused(HttpStatus status, String messageKey, RatingTarget target) {
		ModelAndView page = new ModelAndView("ratings/refused", status);
		page.addObject("problem", messageKey);
		page.addObject("status", status.value());
		page.addObject("target", target);
		return page;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
