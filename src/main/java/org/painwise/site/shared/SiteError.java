package org.painwise.site.shared;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;

/**
 * A refusal with a status and a message for the reader, named by its key in
 * {@code messages.properties}: {@link ErrorPages} shows the message in the site's error
 * page. A plain {@link ResponseStatusException} whose reason is a message key is shown
 * the same way; this class adds the message's arguments.
 */
public class SiteError extends ResponseStatusException {

	/**
	 * @param status the response status
	 * @param messageKey the message's key in {@code messages.properties}
	 * @param arguments the message's arguments, {@code {0}} and on
	 */
	public SiteError(HttpStatusCode status, String messageKey, Object... arguments) {
		super(status, messageKey, null, messageKey, arguments);
	}

}
