package org.painwise.site.shared;

import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * A page of a list as people count it: the first page is 1. Controllers take it as a
 * typed request parameter ({@code @RequestParam(defaultValue = "1") PageNumber page});
 * anything that is not a whole number from 1 is a 400 with a message a reader can act on,
 * and a number too big to be a page is a 404, both shown by {@link ErrorPages}.
 *
 * @param value the page number, from 1
 */
public record PageNumber(int value) {

	/** The first page, shown when no page is asked for. */
	public static final PageNumber FIRST = new PageNumber(1);

	public PageNumber {
		if (value < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "error.page-number.invalid");
		}
	}

	/** The page's offset in a zero-based paging API such as Spring Data's. */
	public int index() {
		return value - 1;
	}

	/**
	 * Refuses a page past the end of a non-empty list.
	 * @param totalPages how many pages the list has
	 */
	public void requireWithin(int totalPages) {
		if (value > Math.max(totalPages, 1)) {
			int pages = Math.max(totalPages, 1);
			throw new SiteError(HttpStatus.NOT_FOUND, "error.page-number.past-end", value, pages);
		}
	}

	/** Reads the request parameter as sent, surrounding spaces allowed. */
	@Component
	static class FromText implements Converter<String, PageNumber> {

		@Override
		public PageNumber convert(String source) {
			String trimmed = source.strip();
			if (trimmed.isEmpty()) {
				return FIRST;
			}
			if (!trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "error.page-number.invalid");
			}
			if (trimmed.length() > 9) {
				// a whole number too big to be a real page: there is no such page
				throw new ResponseStatusException(HttpStatus.NOT_FOUND, "error.page-number.too-big");
			}
			return new PageNumber(Integer.parseInt(trimmed));
		}

	}

}
