package org.painwise.site.staff;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.SiteProperties;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * A refused staff request (a missing role, or a staff form sent without its CSRF token)
 * gets the site's own 403 page with status 403, rendered here rather than through a
 * container error dispatch so it looks the same wherever the refusal happens.
 */
@RequiredArgsConstructor
class SiteAccessDeniedHandler implements AccessDeniedHandler {

	private final ViewResolver views;

	private final Supplier<ResourceUrlProvider> resourceUrls;

	private final SiteProperties site;

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		try {
			Locale locale = request.getLocale() != null ? request.getLocale() : Locale.UK;
			View page = views.resolveViewName("error/403", locale);
			if (page == null) {
				response.sendError(HttpServletResponse.SC_FORBIDDEN);
				return;
			}
			// outside Spring MVC, so give the page the content-hashed stylesheet links
			// MVC pages get
			new ResourceUrlEncodingFilter().doFilter(request, response, (wrappedRequest, wrappedResponse) -> {
				// the wrapper learns how to rewrite links when this attribute is set on
				// it
				wrappedRequest.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR,
						resourceUrls.get());
				render(page, (HttpServletRequest) wrappedRequest, (HttpServletResponse) wrappedResponse);
			});
		}
		catch (IOException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IOException("Could not render the 403 page", ex);
		}
	}

	private void render(View page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		try {
			page.render(Map.of("status", HttpServletResponse.SC_FORBIDDEN, "site", site), request, response);
		}
		catch (IOException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IOException("Could not render the 403 page", ex);
		}
	}

}
