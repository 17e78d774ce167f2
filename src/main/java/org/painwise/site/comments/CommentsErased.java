package org.painwise.site.comments;

/** Comments under an article were erased at their writer's request; its pages change. */
public record CommentsErased(long articleId) {
}
