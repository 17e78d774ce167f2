package org.painwise.site.comments;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticlePage;
import org.painwise.site.articles.ArticlePageExtension;
import org.painwise.site.articles.ArticlePageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Under the rating of an article about a medicine: what readers said when they answered
 * its questions ("Experiences shared by 42 readers: helped a lot 14…", the side effects
 * mentioned most), as a small table with bars drawn in HTML, once enough readers have
 * answered that no one can be picked out ({@code comments.experiences-shown-from}); with
 * a sentence that these are readers' reports, not evidence from trials, and a link to the
 * article's side-effects section.
 */
@Component
@Order(55)
@RequiredArgsConstructor
class ArticleExperiences implements ArticlePageExtension {

	private final MedicineQuestions medicines;

	private final PublishedCommentPages pages;

	private final CommentProperties properties;

	@Override
	public ArticlePageSection sectionFor(ArticlePage article, HttpServletRequest request) {
		if (medicines.of(article.id(), request).isEmpty()) {
			return null;
		}
		Experiences experiences = pages.experiences(article.id(), article.slug());
		if (experiences.readers() < properties.experiencesShownFrom()) {
			return null;
		}
		Map<String, Object> model = new HashMap<>();
		model.put("experiences", experiences);
		// the article's own section about side effects, when it has one
		model.put("sideEffectsAnchor",
				article.contents()
					.stream()
					.filter(heading -> heading.text().toLowerCase(Locale.UK).contains("side effect"))
					.map(heading -> heading.anchor())
					.findFirst()
					.orElse(null));
		return new ArticlePageSection("comments/experiences", "experiences", model,
				ArticlePageSection.Placement.AFTER_ARTICLE);
	}

}
