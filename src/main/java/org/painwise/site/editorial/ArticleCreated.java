package org.painwise.site.editorial;

import org.painwise.site.staff.StaffMember;

/**
 * An editor created an article, as a draft.
 *
 * @param articleId the article
 * @param slug its address
 * @param by the editor
 */
public record ArticleCreated(long articleId, String slug, StaffMember by) {

}
