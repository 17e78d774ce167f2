package org.painwise.site.articles;

/**
 * An author or reviewer was added or their details changed.
 */
public record PersonChanged(long personId) {
}
