package org.painwise.site.shared;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page links under a list: previous, next, and a short run of numbered pages with the
 * first and last always shown. Page numbers are 1-based, as readers see them.
 *
 * @param current the page being shown, from 1
 * @param totalPages how many pages there are
 * @param totalItems how many items the whole list has
 * @param previousUrl link to the previous page, or null on the first
 * @param nextUrl link to the next page, or null on the last
 * @param links the numbered links, with gaps marked
 */
public record Pagination(int current, int totalPages, long totalItems, String previousUrl, String nextUrl,
		List<Link> links) {

	private static final int WINDOW = 2;

	/**
	 * A numbered link, or a gap in the run when {@code number} is 0.
	 */
	public record Link(int number, String url, boolean current) {

		public boolean gap() {
			return number == 0;
		}

	}

	/**
	 * @param page the page of results, as Spring Data returns it (0-based)
	 * @param base the address of the list, with any other query parameters already set
	 */
	public static Pagination of(Page<?> page, UriComponentsBuilder base) {
		int current = page.getNumber() + 1;
		int total = Math.max(page.getTotalPages(), 1);
		List<Link> links = new ArrayList<>();
		int last = 0;
		for (int n = 1; n <= total; n++) {
			boolean edge = n == 1 || n == total;
			if (edge || Math.abs(n - current) <= WINDOW) {
				if (last != 0 && n - last > 1) {
					links.add(new Link(0, null, false));
				}
				links.add(new Link(n, urlFor(base, n), n == current));
				last = n;
			}
		}
		return new Pagination(current, total, page.getTotalElements(), current > 1 ? urlFor(base, current - 1) : null,
				current < total ? urlFor(base, current + 1) : null, List.copyOf(links));
	}

	private static String urlFor(UriComponentsBuilder base, int page) {
		UriComponentsBuilder builder = base.cloneBuilder();
		if (page == 1) {
			builder.replaceQueryParam("page");
		}
		else {
			builder.replaceQueryParam("page", page);
		}
		return builder.build().encode().toUriString();
	}

	/** Whether there is more than one page, so the links are worth showing. */
	public boolean needed() {
		return totalPages > 1;
	}

}
