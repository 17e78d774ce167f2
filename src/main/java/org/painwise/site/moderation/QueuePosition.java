package org.painwise.site.moderation;

import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a moderator is in the queue: the view, the article filter and the page, taken from the
 * query string or a form, so that after an action they come back to the same place.
 *
 * @param article the article filter, or null for every article
 * @param page from 1
 */
record QueuePosition(ModerationQueries.View view, Long article, int page) {

	static QueuePosition of(String view, String article, String page) {
		ModerationQueries.View parsed = ModerationQueries.View.HELD;
		if (view != null) {
			for (ModerationQueries.View candidate : ModerationQueries.View.values()) {
				if (candidate.name().equalsIgnoreCase(view.strip())) {
					parsed = candidate;
				}
			}
		}
		Long articleId = article != null && article.matches("[0-9]{1,18}") ? Long.valueOf(article) : null;
		int pageNumber = page != null && page.matches("[0-9]{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
		return new QueuePosition(parsed, articleId, pageNumber);
	}

	public String viewParameter() {
		return view.name().toLowerCase(Locale.ROOT);
	}

	/** The queue at this position, scrolled to the given comment if there is one. */
	public String url(Long anchorCommentId) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(ModerationController.QUEUE);
		if (view != ModerationQueries.View.HELD) {
			url.queryParam("view", viewParameter());
		}
		if (article != null) {
			url.queryParam("article", article);
		}
		if (page > 1) {
			url.queryParam("page", page);
		}
		if (anchorCommentId != null) {
			url.fragment("comment-" + anchorCommentId);
		}
		return url.build().toUriString();
	}

	/**
	 * The reply page for a comment, keeping this position for the way back.
	 * @param responseId the standard response to start from, or null
	 * @param next the comment to show after replying, or null
	 */
	public String replyUrl(long commentId, Long responseId, Long next) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(ModerationController.QUEUE + "/" + commentId + "/reply");
		if (responseId != null) {
			url.queryParam("response", responseId);
		}
		url.queryParam("view", viewParameter());
		if (article != null) {
			url.queryParam("article", article);
		}
		url.queryParam("page", page);
		if (next != null) {
			url.queryParam("next", next);
		}
		return url.build().toUriString();
	}

	QueuePosition withPage(int other) {
		return new QueuePosition(view, article, other);
	}

	QueuePosition withView(ModerationQueries.View other) {
		return new QueuePosition(other, article, 1);
	}

}
