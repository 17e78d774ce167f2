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
class ErrorPages {

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
