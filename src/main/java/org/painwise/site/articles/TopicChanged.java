package org.painwise.site.articles;

/**
 * A topic was added or its name, address or description changed.
 */
public record TopicChanged(long topicId) {
}
