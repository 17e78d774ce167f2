package org.painwise.site.articles;

import java.util.Map;

/**
 * A section of the article page provided by another module.
 *
 * @param template the template holding the fragment, e.g. {@code comments/thread}
 * @param fragment the fragment's name in that template
 * @param model what the fragment reads, available to it as {@code section.model}
 */
public record ArticlePageSection(String template, String fragment, Map<String, Object> model) {
}
