package org.painwise.site.ratings;

/**
 * What the rating form of one item needs on a page.
 *
 * @param id the form's id, unique on the page; the stars' ids start with it
 * @param action where the form posts
 * @param summary the item's votes so far
 * @param ownVote the stars the visitor viewing the page gave it, or null (not rated by them, or
 * a visitor without the cookie, for whom nothing personal is read)
 */
public record RatingWidget(String id, String action, RatingSummary summary, Integer ownVote) {
}
