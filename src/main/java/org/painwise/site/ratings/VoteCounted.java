package org.painwise.site.ratings;

/**
 * A vote was counted: the item's rating summary changed.
 */
public record VoteCounted(RatedItem item) {
}
