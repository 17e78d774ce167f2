/**
 * Cross-cutting web plumbing that every feature module uses: the site settings shown in
 * the layout, error pages and error attributes, pagination, the clock, the security
 * headers, the plain site pages (about, help, privacy, accessibility), the check that a
 * production start has a database configured, the cross-origin check that protects the
 * public forms without a token, the length check of typed text, the advisory locks that
 * make one address's requests take turns, and the page cache with its small API for
 * evicting pages after a change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared web plumbing",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.painwise.site.shared;
