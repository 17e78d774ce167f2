package org.painwise.site.shared;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns the errors a visitor can cause into the site's own error pages, with the right status
 * and, where the site wrote one, a message that says what happened. Errors raised outside
 * Spring MVC (by the security filters, say) reach the same templates through Boot's error
 * controller and {@link SiteErrorAttributes}.
 */
@ControllerAdvice
public class ErrorPages {

	private final SiteProperties site;

	ErrorPages(SiteProperties site) {
		this.site = site;
	}

	@ExceptionHandler({ ResponseStatusException.class, NoResourceFoundException.class,
			HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotAcceptableException.class,
			MissingServletRequestParameterException.class })
	ModelAndView errorResponse(Exception exception) {
		ErrorResponse response = (ErrorResponse) exception;
		String reason = exception instanceof ResponseStatusException statusException ? statusException.getReason()
				: null;
		return page(response.getStatusCode(), reason);
	}

	/** A form sent from another site, where no free text needs keeping (a vote, a yes or no). */
	@ExceptionHandler(CrossSiteRequestRefused.class)
	ModelAndView crossSite() {
		return crossSitePage(null, site);
	}

	/**
	 * The page for a form refused because it was sent from another site, in the site's layout,
	 * with status 403 and any text the visitor typed in a read-only box so none of it is lost.
	 *
	 * @param keptText what the visitor wrote, or null
	 */
	public static ModelAndView crossSitePage(String keptText, SiteProperties site) {
		ModelAndView page = new ModelAndView("error/cross-site", HttpStatus.FORBIDDEN);
		page.addObject("status", HttpStatus.FORBIDDEN.value());
		page.addObject("site", site);
		if (keptText != null && !keptText.isBlank()) {
			page.addObject("keptText", keptText);
		}
		return page;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView typeMismatch() {
		return page(HttpStatus.BAD_REQUEST, null);
	}

	ModelAndView page(HttpStatusCode status, String reason) {
		String view = switch (status.value()) {
			case 403 -> "error/403";
			case 404 -> "error/404";
			default -> status.is4xxClientError() ? "error/4xx" : "error/5xx";
		};
		ModelAndView page = new ModelAndView(view, status);
		page.addObject("status", status.value());
		page.addObject("site", site);
		if (reason != null) {
			page.addObject("reason", reason);
		}
		return page;
	}

}
