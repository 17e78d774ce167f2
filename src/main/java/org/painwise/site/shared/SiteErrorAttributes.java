package org.painwise.site.shared;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * Error pages show a message only when the site wrote it for readers (a
 * {@link ResponseStatusException} with a reason). Framework and server messages never
 * reach the page, so nothing internal leaks and no stack trace is ever shown.
 */
@Component
class SiteErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request,
				options.excluding(ErrorAttributeOptions.Include.MESSAGE, ErrorAttributeOptions.Include.STACK_TRACE,
						ErrorAttributeOptions.Include.EXCEPTION, ErrorAttributeOptions.Include.BINDING_ERRORS));
		Throwable error = getError(request);
		if (error instanceof ResponseStatusException statusException && statusException.getReason() != null) {
			attributes.put("reason", statusException.getReason());
		}
		return attributes;
	}

}
