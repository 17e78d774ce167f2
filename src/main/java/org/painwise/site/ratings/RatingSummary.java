package org.painwise.site.ratings;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How an item has been rated: how many votes and their total. Readers see the plain
 * average, to two decimals.
 *
 * @param count how many votes
 * @param sum the votes' values added up
 */
public record RatingSummary(long count, long sum) {

	public static final RatingSummary NONE = new RatingSummary(0, 0);

	/**
	 * The plain average, rounded half up to two decimals; null when there are no votes.
	 */
	public BigDecimal average() {
		if (count == 0) {
			return null;
		}
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
	}

	/** The message that says it in words, e.g. "Rating: 3.64/5. From 28 votes." */
	public String messageKey() {
		if (count == 0) {
			return "ratings.summary.none";
		}
		return count == 1 ? "ratings.summary.one" : "ratings.summary";
	}

	/** The arguments of {@link #messageKey()}: the average as text, and the count. */
	public Object[] messageArguments() {
		return count == 0 ? new Object[0] : new Object[] { average().toPlainString(), count };
	}

}
