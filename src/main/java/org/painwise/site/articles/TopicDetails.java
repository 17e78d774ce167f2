package org.painwise.site.articles;

/** A topic as staff edit it. */
public record TopicDetails(Long id, String slug, String name, String description) {
}
