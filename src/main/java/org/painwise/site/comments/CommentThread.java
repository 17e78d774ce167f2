package org.painwise.site.comments;

import java.util.List;

/**
 * One page of an article's published comments, threaded.
 *
 * @param publishedCount every published comment on the article, replies included
 * @param topLevelCount published top-level comments, which are what is paginated
 * @param page the page shown, from 1
 * @param totalPages how many pages of top-level comments there are
 * @param comments the top-level comments on this page, each with its replies nested
 * @param ownHeld the visitor's own held comments that have no place in the threads on
 * this page
 * @param featured the comments moderators chose to show above the thread, newest choice
 * first
 */
public record CommentThread(long publishedCount, long topLevelCount, int page, int totalPages,
		List<CommentView> comments, List<CommentView> ownHeld, List<FeaturedComment> featured) {

}
