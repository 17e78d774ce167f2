package org.painwise.site.articles;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.painwise.site.shared.Markdown;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renders, once, the body of every article saved without its HTML: articles from before
 * bodies were kept rendered, articles added by SQL, and all of them after a migration
 * that clears {@code body_html} because the way Markdown is rendered changed. Runs when
 * the site is ready; until then such an article's page renders its body on the fly.
 * Several instances starting at once render the same bodies to the same HTML, so it does
 * not matter which one wins.
 */
@Component
@RequiredArgsConstructor
class RenderedBodies {

	private static final Log log = LogFactory.getLog(RenderedBodies.class);

	private final ArticleRepository articles;

	private final Markdown markdown;

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	void renderMissing() {
		List<Article> unrendered = articles.findWithoutRenderedBody();
		for (Article article : unrendered) {
			Markdown.Rendered rendered = markdown.render(article.getBodyMarkdown());
			// not a change an editor made: the version an open editor holds stays valid
			articles.keepRenderedBody(article.getId(), rendered.html(), Article.contentsOf(rendered));
		}
		if (!unrendered.isEmpty()) {
			log.info("Rendered the body of " + unrendered.size() + " article(s) saved without it");
		}
	}

}
