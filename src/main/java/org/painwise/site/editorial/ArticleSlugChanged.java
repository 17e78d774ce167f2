package org.painwise.site.editorial;

import org.painwise.site.staff.StaffMember;

/**
 * An editor changed an article's address; the old one redirects to the new.
 *
 * @param articleId the article
 * @param from the old address
 * @param to the new address
 * @param by the editor
 */
public record ArticleSlugChanged(long articleId, String from, String to, StaffMember by) {

}
