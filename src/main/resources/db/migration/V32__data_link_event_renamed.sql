-- The event that sends a reader their data link is now named for what happened,
-- DataLinkRequested. A link still waiting to be sent when the site is upgraded goes out under
-- the new name (the listener's id names the event's type too).
update event_publication
   set event_type = 'org.painwise.site.privacy.DataLinkRequested',
       listener_id = replace(listener_id, 'org.painwise.site.privacy.DataLinkDue', 'org.painwise.site.privacy.DataLinkRequested')
 where event_type = 'org.painwise.site.privacy.DataLinkDue';
