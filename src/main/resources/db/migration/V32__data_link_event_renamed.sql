-- The event that sends a reader their data link is now named for what happened,
-- DataLinkRequested. A link still waiting to be sent when the site is upgraded goes out under
-- the new name.
update event_publication
   set event_type = 'org.painwise.site.privacy.DataLinkRequested'
 where event_type = 'org.painwise.site.privacy.DataLinkDue';
