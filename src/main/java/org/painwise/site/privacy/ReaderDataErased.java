package org.painwise.site.privacy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the site held for a reader was erased, at their request. Nothing here leads
 * to the reader.
 *
 * @param counts how many of each kind of record went, by their name, in the order the
 * modules gave them
 * @param staffId the admin who acted on a request by phone or post, or null for the
 * reader themselves, by their emailed link
 * @param staffName that admin's name, or null
 */
public record ReaderDataErased(Map<String, Integer> counts, Long staffId, String staffName) {

	public ReaderDataErased {
		counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
	}

}
