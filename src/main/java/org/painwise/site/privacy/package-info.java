/**
 * Readers' own data, by themselves: a reader asks by email for what the site holds about
 * them, gets a link that works for 24 hours, and can see it, download it (JSON and CSV)
 * and erase it. Admins can do the same for a request that came by phone or post. Each
 * module holds its part ({@link org.painwise.site.shared.PersonalData}); this module asks
 * them all. An erasure is published as {@code ReaderDataErased}, with counts only, for
 * the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package org.painwise.site.privacy;
