package org.painwise.site.comments;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A comment as the public page shows it. Never holds the author's email address.
 *
 * @param body the text as its writer typed it; {@link #bodyHtml()} is how the page shows
 * it
 * @param replyToName whom it answers, when it sits beside rather than under that comment
 * @param staffName the staff member's name when the charity wrote it
 * @param held whether it is the visitor's own comment still waiting for moderation
 * @param crisis whether it is the visitor's own held comment and its words suggest they
 * may be in crisis, so the page shows them where to find help now
 * @param erased whether its writer had it erased: it keeps its place for the replies to
 * it, and nothing else
 * @param experience the writer's answers about the medicine, under an article about one,
 * or null
 */
public record CommentView(long id, Long parentId, long rootId, int depth, String authorName, String body,
		String replyToName, ZonedDateTime createdAt, String staffName, boolean held, boolean crisis, boolean erased,
		ExperienceForm.Experience experience, List<CommentView> replies) {

	public CommentView {
		replies = new ArrayList<>(replies);
	}

	/** The text, escaped, with web addresses linked; worked out when a page needs it. */
	public String bodyHtml() {
		return CommentText.toHtml(body);
	}

	public boolean fromStaff() {
		return staffName != null;
	}

	public String anchor() {
		return "comment-" + id;
	}

}
