package org.painwise.site.shared;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * CSRF protection for the public forms without a per-visitor token, so public pages stay
 * the same for everyone and can be cached. Browsers say where a request comes from: an
 * unsafe request is refused when {@code Sec-Fetch-Site} is present and is neither
 * {@code same-origin} nor {@code none} (typed by the person), or, for browsers that do
 * not send it, when {@code Origin} is present and is neither this site's origin as the
 * request reached it nor the origin of {@code site.base-url}. A request with neither
 * header does not come from a browser, so no visitor's browser can have been tricked into
 * sending it; it goes on to the form's other checks. This is the approach of Go's
 * {@code http.CrossOriginProtection}.
 * <p>
 * The staff area keeps Spring Security's token as well, and is not checked here.
 */
@Configuration(proxyBeanMethods = false)
class CrossOriginProtection implements WebMvcConfigurer, HandlerInterceptor {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final String SEC_FETCH_SITE = "Sec-Fetch-Site";

	private final String siteOrigin;

	CrossOriginProtection(SiteProperties site) {
		this.siteOrigin = originOf(site.baseUrl());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/staff", "/staff/**", "/login", "/logout");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!SAFE_METHODS.contains(request.getMethod())) {
			check(request);
		}
		return true;
	}

	/** Refuses a request sent by a browser on behalf of another site. */
	void check(HttpServletRequest request) {
		String fetchSite = request.getHeader(SEC_FETCH_SITE);
		if (fetchSite != null) {
			String value = fetchSite.strip().toLowerCase(Locale.ROOT);
			if (value.equals("same-origin") || value.equals("none")) {
				return;
			}
			throw new CrossSiteRequestRefused("Sec-Fetch-Site: " + value);
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (origin == null) {
			return;
		}
		String sent = origin.strip().toLowerCase(Locale.ROOT);
		if (!sent.equals(requestOrigin(request)) && !sent.equals(siteOrigin)) {
			throw new CrossSiteRequestRefused("Origin not this site");
		}
	}

	/**
	 * The origin the request was sent to, as the server sees it (after any trusted proxy
	 * headers).
	 */
	static String requestOrigin(HttpServletRequest request) {
		String scheme = request.getScheme().toLowerCase(Locale.ROOT);
		return origin(scheme, request.getServerName(), request.getServerPort());
	}

	static String originOf(URI uri) {
		if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
			return "";
		}
		return origin(uri.getScheme().toLowerCase(Locale.ROOT), uri.getHost(), uri.getPort());
	}

	private static String origin(String scheme, String host, int port) {
		boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80)
				|| (scheme.equals("https") && port == 443);
		String name = host.toLowerCase(Locale.ROOT);
		if (name.contains(":") && !name.startsWith("[")) {
			name = "[" + name + "]";
		}
		return scheme + "://" + name + (defaultPort ? "" : ":" + port);
	}

}
