package org.painwise.site.articles;

/**
 * A topic as lists show it, with how many published articles it holds.
 */
public record TopicSummary(String slug, String name, String description, long articleCount) {
}
