package org.painwise.site.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Serves public pages from {@link PageCache} to readers with nothing personal to see. A
 * GET or HEAD of a listed public page, from a visitor without a personal cookie (their
 * visitor key, a one-time notice, a session), is answered from the rendered bytes kept
 * under its path and query string, gzipped when the browser accepts it, with a strong
 * {@code ETag} ({@code If-None-Match} gets a 304) and a {@code Cache-Control} that lets a
 * CDN keep it briefly. Only a 200 that sets no cookie and chose no caching of its own is
 * kept. Anyone else gets a fresh render, which the security headers mark as not to be
 * stored.
 */
class PageCacheFilter extends OncePerRequestFilter {

	/**
	 * Cookies that make a page personal: the reader's own comments and votes, a notice, a
	 * staff session.
	 */
	private static final Set<String> PERSONAL_COOKIES = Set.of("pw_visitor", "pw_flash", "JSESSIONID", "SESSION");

	/**
	 * The remembered name and email, which only the reply page fills in on the server.
	 */
	private static final String COMMENTER_COOKIE = "pw_commenter";

	private static final List<PathPattern> PUBLIC_PAGES = patterns("/", "/articles", "/articles/{slug}",
			"/articles/{slug}/comments/{id}/reply", "/topics/{slug}", "/search", "/sitemap.xml", "/robots.txt",
			"/{page:about|help|get-involved|privacy|accessibility|guidelines}");

	private static final PathPattern REPLY_PAGE = new PathPatternParser().parse("/articles/{slug}/comments/{id}/reply");

	static final String VARY = HttpHeaders.ACCEPT_ENCODING;

	/**
	 * Headers a kept page is not sent with again as they were: they are set for each
	 * answer.
	 */
	private static final Set<String> PER_ANSWER = Set.of("date", "content-length", "content-encoding", "content-type",
			"set-cookie", "etag", "cache-control", "vary", "transfer-encoding", "connection", "keep-alive", "pragma",
			"expires");

	/** The request attribute naming the page kept while answering this request. */
	private static final String KEPT = PageCacheFilter.class.getName() + ".kept";

	private final PageCache cache;

	private final boolean beforeSecurity;

	/**
	 * @param beforeSecurity true for the instance that runs before the security filters:
	 * it sends kept pages whose security headers are known, and learns them from the
	 * first answer; the other instance, after the security filters, renders and keeps
	 * pages
	 */
	PageCacheFilter(PageCache cache, boolean beforeSecurity) {
		this.cache = cache;
		this.beforeSecurity = beforeSecurity;
	}

	@Override
	protected String getAlreadyFilteredAttributeName() {
		return PageCacheFilter.class.getName() + (beforeSecurity ? ".sending" : ".keeping") + ".FILTERED";
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!cacheable(request)) {
			chain.doFilter(request, response);
			return;
		}
		String key = keyOf(request);
		PageCache.Page page = cache.find(key);
		if (beforeSecurity) {
			if (page != null && page.headers() != null && page.scheme().equals(request.getScheme())) {
				page.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
				send(page, request, response);
				return;
			}
			chain.doFilter(request, response);
			if (request.getAttribute(KEPT) instanceof PageCache.Page kept) {
				cache.addHeaders(key, kept, headersOf(response), request.getScheme());
			}
			return;
		}
		if (page != null) {
			send(page, request, response);
			return;
		}
		if (request.getMethod().equals("HEAD")) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendered);
		if (!storable(request, rendered)) {
			rendered.copyBodyToResponse();
			return;
		}
		byte[] body = rendered.getContentAsByteArray();
		page = new PageCache.Page(body, gzip(body), rendered.getContentType(), etag(body), null, null);
		cache.keep(key, page);
		request.setAttribute(KEPT, page);
		// the page as rendered goes out the same way a kept one does
		rendered.resetBuffer();
		send(page, request, response);
	}

	private boolean cacheable(HttpServletRequest request) {
		String method = request.getMethod();
		if (!cache.properties().enabled() || !(method.equals("GET") || method.equals("HEAD"))
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return false;
		}
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		if (PUBLIC_PAGES.stream().noneMatch(pattern -> pattern.matches(path))) {
			return false;
		}
		boolean reply = REPLY_PAGE.matches(path);
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				String name = SiteCookies.plainName(cookie.getName());
				if (PERSONAL_COOKIES.contains(name) || (reply && name.equals(COMMENTER_COOKIE))) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean storable(HttpServletRequest request, ContentCachingResponseWrapper rendered) {
		return rendered.getStatus() == HttpServletResponse.SC_OK && !rendered.containsHeader(HttpHeaders.SET_COOKIE)
				&& !rendered.containsHeader(HttpHeaders.CACHE_CONTROL) && rendered.getContentType() != null
				&& request.getSession(false) == null && !rendered.isCommitted();
	}

	private void send(PageCache.Page page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL, cache.properties().cacheControl());
		response.setHeader(HttpHeaders.VARY, VARY);
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		byte[] bytes = gzip ? page.gzipped() : page.body();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(bytes.length);
		if (!request.getMethod().equals("HEAD")) {
			response.getOutputStream().write(bytes);
		}
		response.flushBuffer();
	}

	private static Map<String, List<String>> headersOf(HttpServletResponse response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (!PER_ANSWER.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, List.copyOf(response.getHeaders(name)));
			}
		}
		return headers;
	}

	private static String keyOf(HttpServletRequest request) {
		String query = request.getQueryString();
		return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
	}

	/** Whether {@code If-None-Match} names this page's tag (or any page). */
	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String tag : ifNoneMatch.split(",")) {
			String candidate = tag.strip();
			if (candidate.equals("*") || candidate.equals(etag)) {
				return true;
			}
		}
		return false;
	}

	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String part : acceptEncoding.split(",")) {
			String[] pieces = part.strip().split(";");
			if (pieces[0].strip().equalsIgnoreCase("gzip")) {
				for (int i = 1; i < pieces.length; i++) {
					String parameter = pieces[i].strip().replace(" ", "");
					if (parameter.equals("q=0") || parameter.matches("q=0\\.0*")) {
						return false;
					}
				}
				return true;
			}
		}
		return false;
	}

	private static String etag(byte[] body) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static List<PathPattern> patterns(String... patterns) {
		PathPatternParser parser = new PathPatternParser();
		return java.util.Arrays.stream(patterns).map(parser::parse).toList();
	}

}
