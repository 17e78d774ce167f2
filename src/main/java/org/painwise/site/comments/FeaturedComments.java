package org.painwise.site.comments;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published comments a moderator chose to show above their article's thread, "Chosen by
 * our moderators", each with an optional note; they also lead the "most helpful" order.
 * The article's pages are evicted when the choice changes (see
 * {@link CommentPagesEviction}).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FeaturedComments {

	/** How many chosen comments show above a thread, newest choice first. */
	public static final int SHOWN = 3;

	/** How long a note may be. */
	public static final int NOTE_LENGTH = 300;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Features a published reader's comment (again, with a new note, if it already was).
	 * @param note shown beside it, or null
	 * @return whether it was featured: only a published comment by a reader can be
	 */
	@Transactional
	public boolean feature(long commentId, String note, String by) {
		Optional<Long> article = jdbc.sql("""
				update comment set featured_at = :now, featured_by = :by, featured_note = :note
				where id = :id and status = 'PUBLISHED' and staff_name is null and erased_at is null
				returning article_id""")
			.param("now", Timestamp.from(clock.instant()))
			.param("by", by)
			.param("note", note == null || note.isBlank() ? null : note.strip())
			.param("id", commentId)
			.query(Long.class)
			.optional();
		article.ifPresent(id -> events.publishEvent(new CommentFeatureChanged(commentId, id)));
		return article.isPresent();
	}

	/**
	 * @return whether it was featured until now
	 */
	@Transactional
	public boolean unfeature(long commentId) {
		Optional<Long> article = jdbc.sql("""
				update comment set featured_at = null, featured_by = null, featured_note = null
				where id = :id and featured_at is not null
				returning article_id""").param("id", commentId).query(Long.class).optional();
		article.ifPresent(id -> events.publishEvent(new CommentFeatureChanged(commentId, id)));
		return article.isPresent();
	}

}
