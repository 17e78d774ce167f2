package org.painwise.site.editorial;

import java.time.LocalDate;

import org.painwise.site.staff.StaffMember;

/**
 * A reviewer checked the whole article, so its next review moves on.
 *
 * @param articleId the article
 * @param dueBefore when its review was due, or null
 * @param dueNow when the next one is due
 * @param reviewer the reviewer's name
 * @param reviewedOn the day of the review
 * @param by the editor who recorded it
 */
public record ArticleReviewed(long articleId, LocalDate dueBefore, LocalDate dueNow, String reviewer,
		LocalDate reviewedOn, StaffMember by) {

}
