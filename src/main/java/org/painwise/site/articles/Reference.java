package org.painwise.site.articles;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A source an article relies on, listed in order under the article.
 *
 * @param text how the source is cited
 * @param url where to read it, or null for a source with no web address
 */
@Embeddable
public record Reference(@Column(name = "text", nullable = false) String text, @Column(name = "url") String url) {
}
