package org.painwise.site.shared;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns the errors a visitor can cause into the site's own error pages, with the right
 * status and, where the site wrote one, a message that says what happened. Errors raised
 * outside Spring MVC (by the security filters, say) reach the same templates through
 * Boot's error controller and {@link SiteErrorAttributes}.
 */
@ControllerAdvice
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ErrorPages {

	/**
	 * The fields of the site's forms where a visitor writes in their own words, as the
	 * forms name them.
	 */
	private static final List<String> FREE_TEXT_FIELDS = List.of("body", "reason", "whatIsWrong", "text");

	private final SiteProperties site;

	private final DatabaseUnavailable database;

	private final MessageSource messages;

	@ExceptionHandler({ ResponseStatusException.class, NoResourceFoundException.class,
			HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotAcceptableException.class,
			MissingServletRequestParameterException.class })
	ModelAndView errorResponse(Exception exception, Locale locale) {
		return refusal(exception, locale);
	}

	/**
	 * The site's error page for a refusal, with its status and its message: for a
	 * controller's own {@code @ExceptionHandler} that answers a kind of failure as a
	 * particular refusal.
	 */
	public ModelAndView refusal(Exception exception, Locale locale) {
		ErrorResponse response = (ErrorResponse) exception;
		return page(response.getStatusCode(), reason(exception, locale));
	}

	/**
	 * The reader's message of a refusal the site wrote: its reason, looked up as a key in
	 * {@code messages.properties} with the refusal's arguments, or shown as written when
	 * it is no key.
	 */
	private String reason(Exception exception, Locale locale) {
		if (!(exception instanceof ResponseStatusException refusal) || refusal.getReason() == null) {
			return null;
		}
		return messages.getMessage(refusal.getReason(), refusal.getDetailMessageArguments(), refusal.getReason(),
				locale);
	}

	/**
	 * A form sent from another site, where no free text needs keeping (a vote, a yes or
	 * no).
	 */
	@ExceptionHandler(CrossSiteRequestRefused.class)
	ModelAndView crossSite() {
		return crossSitePage(null, site);
	}

	/**
	 * The page for a form refused because it was sent from another site, in the site's
	 * layout, with status 403 and any text the visitor typed in a read-only box so none
	 * of it is lost.
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
	 * The database could not be reached: a 503 that says nothing was saved, with the text
	 * of the form that was sent (a comment, a report, feedback) so the visitor can send
	 * it again. Any other database error is the site's fault and goes on to the 500 page.
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

	/**
	 * A request value that is not of its parameter's type: a path that names nothing (a
	 * word where an id goes) is a 404, a query parameter a 400. A type that refuses a
	 * value with its own status and message ({@link PageNumber}) keeps them.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException mismatch, Locale locale) {
		for (Throwable cause = mismatch.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof ResponseStatusException refusal) {
				return page(refusal.getStatusCode(), reason(refusal, locale));
			}
		}
		boolean inPath = mismatch.getParameter().hasParameterAnnotation(PathVariable.class);
		return page(inPath ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, null);
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
