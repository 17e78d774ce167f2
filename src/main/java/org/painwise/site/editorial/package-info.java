/**
 * Editorial: staff write, preview, publish, unpublish and archive articles, keep review
 * dates current ("Minor edit" against "Mark as reviewed"), manage the people who write
 * and check articles and the topics they belong to, and upload the images articles show.
 * Bodies are checked against the same allow-list readers get, and anything it would
 * remove is reported to the editor. Every creation, publish, unpublish, archive, review
 * and slug change is published as an event ({@code ArticleStatusChanged} and the like)
 * for the audit log.
 * <p>
 * Editorial owns the editing use cases: the forms and their validation, the staff article
 * list and the reviews due (read straight from the article tables, read only), the review
 * workflow and its events. Changes to articles, people and topics go through the articles
 * module's editing API ({@code ArticleEditing}, {@code PeopleAndTopics}), since only that
 * module can change its entities; nothing here is used by it or by any other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Editorial")
package org.painwise.site.editorial;
