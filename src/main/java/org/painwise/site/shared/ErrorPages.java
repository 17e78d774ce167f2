package org.painwise.site.shared;

import java.util.List;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.transaction.TransactionException;
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

	/** The fields of the site's forms where a visitor writes in their own words, as the forms name them. */
	private static final List<String> FREE_TEXT_FIELDS = List.of("body", "reason", "whatIsWrong", "text");

	private final SiteProperties site;

	private final DatabaseUnavailable database;

	ErrorPages(SiteProperties site, DatabaseUnavailable database) {
		this.site = site;
		this.database = database;
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

	/**
	 * The database could not be reached: a 503 that says nothing was saved, with the text of the
	 * form that was sent (a comment, a report, feedback) so the visitor can send it again. Any
	 * other database error is the site's fault and goes on to the 500 page.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class })
	ModelAndView databaseError(Exception exception, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (!database.explains(exception)) {
			throw exception;
		}
		DatabaseUnavailable.logged(exception);
		DatabaseUnavailable.retryLater(response);
		ModelAndView page = new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
		page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		page.addObject("site", site);
		if (!"GET".equals(request.getMethod())) {
			for (String field : FREE_TEXT_FIELDS) {
				String text = request.getParameter(field);
				if (text != null && !text.isBlank()) {
					page.addObject("keptText", text);
					break;
				}
			}
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
