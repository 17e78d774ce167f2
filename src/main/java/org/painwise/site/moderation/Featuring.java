package org.painwise.site.moderation;

import lombok.RequiredArgsConstructor;
import org.painwise.site.comments.FeaturedComments;
import org.painwise.site.staff.ModeratorOnly;
import org.painwise.site.staff.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A moderator features a published comment above its thread, or stops; audited with the
 * change.
 */
@Service
@ModeratorOnly
@RequiredArgsConstructor
class Featuring {

	private final FeaturedComments featured;

	private final ApplicationEventPublisher events;

	/**
	 * @param note shown beside it, cut to {@link FeaturedComments#NOTE_LENGTH}; may be
	 * null
	 * @return false when the comment is not a published reader's comment
	 */
	@Transactional
	boolean feature(long commentId, String note, StaffMember by) {
		String kept = note == null || note.isBlank() ? null : note.replace("\r\n", "\n").strip();
		if (kept != null && kept.length() > FeaturedComments.NOTE_LENGTH) {
			kept = kept.substring(0, FeaturedComments.NOTE_LENGTH);
		}
		if (!featured.feature(commentId, kept, by.displayName())) {
			return false;
		}
		events.publishEvent(new CommentFeatured(commentId, true, kept, by));
		return true;
	}

	@Transactional
	void unfeature(long commentId, StaffMember by) {
		if (featured.unfeature(commentId)) {
			events.publishEvent(new CommentFeatured(commentId, false, null, by));
		}
	}

}
