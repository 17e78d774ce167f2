package org.painwise.site.comments;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.SiteProperties;
import org.painwise.site.shared.SiteSecrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Commenters who asked to be emailed when their comment is published or answered, and the
 * signed one-click link that stops those emails without signing in.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CommentSubscriptions {

	private static final String KEY = "comment-unsubscribe";

	static final String UNSUBSCRIBE_PATH = "/comments/unsubscribe";

	private final JdbcClient jdbc;

	private final SiteSecrets secrets;

	private final SiteProperties site;

	/** The absolute address that stops emails about this comment. */
	public String unsubscribeUrl(long commentId) {
		return site.absoluteUrl(UriComponentsBuilder.fromPath(UNSUBSCRIBE_PATH)
			.queryParam("c", commentId)
			.queryParam("t", token(commentId))
			.build()
			.toUriString());
	}

	/** The absolute address of a published comment. */
	public String commentUrl(long commentId) {
		return site.absoluteUrl("/comments/" + commentId);
	}

	String token(long commentId) {
		return secrets.hmacBase64(KEY, Long.toString(commentId));
	}

	/** Whether an unsubscribe link is one the site made for this comment. */
	boolean isGenuine(long commentId, String token) {
		return secrets.verifyBase64(KEY, Long.toString(commentId), token);
	}

	/**
	 * @return false if the link was not one the site made
	 */
	@Transactional
	boolean unsubscribe(long commentId, String token) {
		if (!secrets.verifyBase64(KEY, Long.toString(commentId), token)) {
			return false;
		}
		return jdbc.sql("update comment set notify_author = false where id = ?").param(commentId).update() == 1;
	}

}
