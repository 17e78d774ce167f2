package org.painwise.site.editorial;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a sent article form within its limit of reference and question rows. Binding a
 * row such as {@code references[500].text} would fail the whole request; instead such
 * rows are left out before binding and the request is marked, so the editor comes back
 * with every other field kept and a message saying what was left out (see
 * {@link ArticleEditorController}).
 */
@Component
class ArticleFormRows extends OncePerRequestFilter {

	/** The request attribute set when rows were left out. */
	static final String LEFT_OUT = ArticleFormRows.class.getName() + ".leftOut";

	private static final Pattern ROW = Pattern.compile("(references|faqs)\\[([0-9]*)\\]");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/staff/articles");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String[]> kept = new LinkedHashMap<>();
		boolean leftOut = false;
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (pastTheLimit(parameter.getKey())) {
				leftOut = true;
			}
			else {
				kept.put(parameter.getKey(), parameter.getValue());
			}
		}
		if (!leftOut) {
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(LEFT_OUT, true);
		Map<String, String[]> parameters = Collections.unmodifiableMap(kept);
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public String getParameter(String name) {
				String[] values = parameters.get(name);
				return values == null || values.length == 0 ? null : values[0];
			}

			@Override
			public Map<String, String[]> getParameterMap() {
				return parameters;
			}

			@Override
			public Enumeration<String> getParameterNames() {
				return Collections.enumeration(parameters.keySet());
			}

			@Override
			public String[] getParameterValues(String name) {
				return parameters.get(name);
			}

		}, response);
	}

	/**
	 * A row the form cannot have: its index is at or past the limit, or is not a number
	 * at all.
	 */
	static boolean pastTheLimit(String name) {
		Matcher row = ROW.matcher(name);
		if (!row.lookingAt()) {
			return false;
		}
		String index = row.group(2);
		return index.isEmpty() || index.length() > 6 || Integer.parseInt(index) >= ArticleForm.MAX_ROWS;
	}

}
