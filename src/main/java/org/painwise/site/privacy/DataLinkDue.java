package org.painwise.site.privacy;

/** A reader asked for their data and holds some: the email with their link is due. */
record DataLinkDue(long requestId) {
}
