package org.painwise.site.audit;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleStatus;
import org.painwise.site.editorial.ArticleCreated;
import org.painwise.site.editorial.ArticleReviewed;
import org.painwise.site.editorial.ArticleSlugChanged;
import org.painwise.site.editorial.ArticleStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every article created, published, unpublished, archived, reviewed or moved to a
 * new address to the audit log, in the transaction of the change.
 */
@Component
@RequiredArgsConstructor
class EditorialAuditing {

	private static final String ARTICLE = "article";

	private final AuditLog audit;

	@EventListener
	void created(ArticleCreated event) {
		audit.record(event.by(), "article.created", ARTICLE, event.articleId(), null, event.slug(), null);
	}

	@EventListener
	void slugChanged(ArticleSlugChanged event) {
		audit.record(event.by(), "article.slug-changed", ARTICLE, event.articleId(), event.from(), event.to(),
				audit.words("audit.article.slug-changed"));
	}

	@EventListener
	void reviewed(ArticleReviewed event) {
		audit.record(event.by(), "article.reviewed", ARTICLE, event.articleId(), String.valueOf(event.dueBefore()),
				String.valueOf(event.dueNow()),
				audit.words("audit.article.reviewed", event.reviewer(), String.valueOf(event.reviewedOn())));
	}

	@EventListener
	void statusChanged(ArticleStatusChanged event) {
		audit.record(event.by(), action(event.to()), ARTICLE, event.articleId(), event.from().name(), event.to().name(),
				event.slug());
	}

	private static String action(ArticleStatus to) {
		return switch (to) {
			case PUBLISHED -> "article.published";
			case DRAFT -> "article.unpublished";
			case ARCHIVED -> "article.archived";
		};
	}

}
