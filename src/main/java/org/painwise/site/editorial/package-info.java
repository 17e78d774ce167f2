/**
 * Editorial: staff write, preview, publish, unpublish and archive articles, keep review dates
 * current ("Minor edit" against "Mark as reviewed"), manage the people who write and check
 * articles and the topics they belong to, and upload the images articles show. Bodies are
 * checked against the same allow-list readers get, and anything it would remove is reported to
 * the editor. Every publish, unpublish, archive, review and slug change goes in the audit log.
 * Changes to articles go through the articles module's write API; nothing here is used by it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Editorial")
package org.painwise.site.editorial;
