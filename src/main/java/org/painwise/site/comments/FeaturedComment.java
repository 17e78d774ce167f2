package org.painwise.site.comments;

/**
 * A comment moderators chose to show above its thread.
 *
 * @param note what the moderator wrote beside it, or null
 */
public record FeaturedComment(CommentView comment, String note) {

	/** The start of the text, for the short quote above the thread. */
	public String excerpt() {
		String body = comment.body().strip();
		if (body.length() <= 280) {
			return body;
		}
		int cut = body.lastIndexOf(' ', 280);
		return body.substring(0, cut > 200 ? cut : 280) + "…";
	}

}
