package org.painwise.site.ratings;

import java.time.LocalDate;

/**
 * What the rating form of one item needs on a page.
 *
 * @param id the form's id, unique on the page; the stars' ids start with it
 * @param action where the form posts
 * @param summary the item's votes so far
 * @param ownVote the stars the visitor viewing the page gave it, or null (not rated by
 * them, or a visitor without the cookie, for whom nothing personal is read)
 * @param sinceReview for an article that has been reviewed, the votes cast since; null
 * otherwise
 */
public record RatingWidget(String id, String action, RatingSummary summary, Integer ownVote, SinceReview sinceReview) {

	public RatingWidget(String id, String action, RatingSummary summary, Integer ownVote) {
		this(id, action, summary, ownVote, null);
	}

	/**
	 * Whether to say how the article is rated since its last review: only when some votes
	 * were cast before it, so the figures differ.
	 */
	public boolean showsSinceReview() {
		return sinceReview != null && sinceReview.summary().count() < summary.count();
	}

	/**
	 * The votes cast against an article's current review.
	 *
	 * @param reviewedOn when it was last reviewed
	 */
	public record SinceReview(LocalDate reviewedOn, RatingSummary summary) {
	}

}
