package org.painwise.site.editorial;

import org.painwise.site.articles.ArticleStatus;
import org.painwise.site.staff.StaffMember;

/**
 * An editor published, unpublished or archived an article.
 *
 * @param articleId the article
 * @param from its status before
 * @param to its status now
 * @param slug its address
 * @param by the editor
 */
public record ArticleStatusChanged(long articleId, ArticleStatus from, ArticleStatus to, String slug, StaffMember by) {

}
