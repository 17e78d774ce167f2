package org.painwise.site.ratings;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.painwise.site.articles.ArticlePage;
import org.painwise.site.articles.ArticlePageExtension;
import org.painwise.site.articles.ArticlePageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The rating section under an article, before the comments: the stars and the article's
 * summary, read in one statement.
 */
@Component
@Order(50)
class ArticleRating implements ArticlePageExtension {

	private final Ratings ratings;

	ArticleRating(Ratings ratings) {
		this.ratings = ratings;
	}

	@Override
	public ArticlePageSection sectionFor(ArticlePage article, HttpServletRequest request) {
		return new ArticlePageSection("ratings/widget", "articleRating",
				Map.of("rating", ratings.articleWidget(article.id(), article.slug())),
				ArticlePageSection.Placement.AFTER_ARTICLE);
	}

}
