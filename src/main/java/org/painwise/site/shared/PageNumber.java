package org.painwise.site.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads the {@code page} request parameter as people see it: the first page is 1. Anything that
 * is not a whole number from 1 is a 400 with a message a reader can act on.
 */
public final class PageNumber {

	private PageNumber() {
	}

	/**
	 * @param raw the parameter as sent, possibly null or empty
	 * @return the page number, 1 when the parameter is absent
	 */
	public static int parse(String raw) {
		if (raw == null || raw.isBlank()) {
			return 1;
		}
		String trimmed = raw.strip();
		if (!trimmed.matches("[0-9]{1,9}")) {
			if (trimmed.matches("[0-9]+")) {
				// a whole number too big to be a real page: there is no such page
				throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no page with that number in this list.");
			}
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Page numbers are whole numbers, starting at 1.");
		}
		int page = Integer.parseInt(trimmed);
		if (page < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Page numbers are whole numbers, starting at 1.");
		}
		return page;
	}

	/**
	 * Refuses a page past the end of a non-empty list.
	 * @param page the requested page, from 1
	 * @param totalPages how many pages the list has
	 */
	public static void requireWithin(int page, int totalPages) {
		if (page > Math.max(totalPages, 1)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no page " + page + " in this list; it has " + Math.max(totalPages, 1)
							+ (totalPages == 1 ? " page." : " pages."));
		}
	}

}
