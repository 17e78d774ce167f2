/**
 * The audit log: who did what and when, for moderation decisions, standard responses,
 * articles, readers' data requests and staff accounts. Other modules add entries through
 * {@link org.painwise.site.audit.AuditLog} in the transaction of the change itself, or
 * publish events this module listens to in that transaction (staff account changes), so
 * an entry is kept exactly when its change is. Entries are never changed or removed; the
 * log's page is read only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package org.painwise.site.audit;
