package org.painwise.site.articles;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A frequently asked question with its answer, in plain text.
 */
@Embeddable
public record Faq(@Column(name = "question", nullable = false) String question,
		@Column(name = "answer", nullable = false) String answer) {
}
