package org.painwise.site.ratings;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticlePage;
import org.painwise.site.articles.ArticlePageExtension;
import org.painwise.site.articles.ArticlePageSection;
import org.painwise.site.shared.VisitorCookie;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The rating section under an article, before the comments: the stars and the article's
 * summary, and for a visitor with the cookie their own rating, read in one statement.
 */
@Component
@Order(50)
@RequiredArgsConstructor
class ArticleRating implements ArticlePageExtension {

	private final Ratings ratings;

	private final VisitorCookie visitorCookie;

	@Override
	public ArticlePageSection sectionFor(ArticlePage article, HttpServletRequest request) {
		return new ArticlePageSection("ratings/widget", "articleRating",
				Map.of("rating",
						ratings.articleWidget(article.id(), article.slug(), visitorCookie.find(request).orElse(null))),
				ArticlePageSection.Placement.AFTER_ARTICLE);
	}

}
