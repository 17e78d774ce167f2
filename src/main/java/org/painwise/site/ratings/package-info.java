/**
 * Readers' ratings of articles and of each other's comments: the five-star widget and its
 * summary ("Rating: 3.64/5. From 28 votes."), one vote per visitor per item (recognised
 * by the visitor cookie and, for visitors without one, a salted daily hash of their
 * address), an hourly limit per address, the article list's order by rating and the
 * rating on each article card, and a returning visitor's own rating, read with the
 * summaries. Every vote is kept as its own row; the per-item summaries are kept in step
 * with them and can be rebuilt from them. Comments are rated through
 * {@link org.painwise.site.ratings.RatedComments}, which the comments module implements,
 * so this module never depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ratings", allowedDependencies = { "articles", "shared" })
package org.painwise.site.ratings;
