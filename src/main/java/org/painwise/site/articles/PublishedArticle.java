package org.painwise.site.articles;

import java.time.LocalDate;

/**
 * The little that other modules need to know about a published article.
 */
public record PublishedArticle(Long id, String slug, String title, LocalDate firstPublished, boolean commentsOpen) {
}
