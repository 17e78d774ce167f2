/**
 * The audit log: who did what and when, for moderation decisions, standard responses,
 * articles, readers' data erased and staff accounts. No other module writes to it: each
 * publishes past-tense events ({@code CommentModerated}, {@code ArticleStatusChanged},
 * {@code ReaderDataErased}, {@code StaffRolesChanged} and the like) and this module turns
 * them into entries.
 * <p>
 * These listeners are plain {@code @EventListener}s, not
 * {@code @ApplicationModuleListener}s: they run in the transaction of the change, so an
 * entry is kept exactly when its change is, and a change whose entry cannot be written is
 * rolled back rather than left unaudited. The modules' email listeners run after the
 * commit instead, because an email cannot be taken back. Entries are never changed or
 * removed; the log's page is read only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package org.painwise.site.audit;
