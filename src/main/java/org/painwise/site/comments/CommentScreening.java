package org.painwise.site.comments;

import java.util.Set;

/**
 * Reads a new comment for things a moderator should know at once, such as a request for
 * personal medical advice or words that may mean the writer is in crisis. Another module
 * provides it; without one, comments are not screened.
 */
public interface CommentScreening {

	/** The flags that apply to this text; empty when nothing stands out. */
	Set<CommentFlag> screen(String text);

}
