package org.painwise.site.articles;

/** An author or reviewer as staff edit them. */
public record PersonDetails(Long id, String name, String credentials, String bio) {
}
