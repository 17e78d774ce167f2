package org.painwise.site.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * One module's part of what the site holds about a reader, for the reader's own data page
 * and for a request made to staff: each module finds and erases what it keeps, in its own
 * tables. The page shows, downloads and erases all the parts together.
 */
public interface PersonalData {

	/** What this module holds for the person: none, one or more tables. */
	List<Part> find(Subject subject);

	/**
	 * Erases what this module holds for the person, in the caller's transaction.
	 * @return how many of each kind were erased, by a short description (counts only, for
	 * the audit log)
	 */
	Map<String, Integer> erase(Subject subject);

	/**
	 * A moment as the tables and downloads show it: {@code 2026-03-02 14:05}, in the
	 * site's time zone.
	 */
	static String time(Timestamp timestamp, Clock clock) {
		return TIME.format(timestamp.toInstant().atZone(clock.getZone()));
	}

	/** See {@link #time}. */
	DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/**
	 * Whose data.
	 *
	 * @param email the email address they gave with their comments or reports
	 * @param visitorKey the key in the visitor cookie of the browser asking, for what it
	 * did (votes, reports); null when there is none, or when staff act on a request by
	 * phone or post
	 */
	record Subject(String email, String visitorKey) {
	}

	/**
	 * One kind of data as a table.
	 *
	 * @param name a machine name, such as {@code comments}, for the downloads;
	 * {@code data.part.<name>} is its heading and {@code data.column.<column>} each
	 * column's, in the message bundle
	 * @param columns machine names of the columns
	 * @param rows the values, as text, in the columns' order
	 */
	record Part(String name, List<String> columns, List<List<String>> rows) {

		public Part {
			columns = List.copyOf(columns);
			rows = List.copyOf(rows);
		}

	}

}
