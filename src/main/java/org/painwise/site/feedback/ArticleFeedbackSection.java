package org.painwise.site.feedback;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.painwise.site.articles.ArticlePage;
import org.painwise.site.articles.ArticlePageExtension;
import org.painwise.site.articles.ArticlePageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Is this page useful?" and "Report a problem with this page" under the article, after
 * its rating and before the related articles and the comments. It reads nothing from the
 * database: the thank-you after an answer comes with the redirect.
 */
@Component
@Order(60)
class ArticleFeedbackSection implements ArticlePageExtension {

	@Override
	public ArticlePageSection sectionFor(ArticlePage article, HttpServletRequest request) {
		return new ArticlePageSection("feedback/block", "pageFeedback",
				Map.of("slug", article.slug(), "form", ProblemForm.empty(), "maxLength", ProblemForm.MAX_LENGTH),
				ArticlePageSection.Placement.AFTER_ARTICLE);
	}

}
