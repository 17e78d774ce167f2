package org.painwise.site.ratings;

/**
 * What the rating form of one item needs on a page.
 *
 * @param id the form's id, unique on the page; the stars' ids start with it
 * @param action where the form posts
 * @param summary the item's votes so far
 */
public record RatingWidget(String id, String action, RatingSummary summary) {
}
