package org.painwise.site.privacy;

/** A reader who holds data here asked for it: the email with their link is to be sent. */
record DataLinkRequested(long requestId) {
}
