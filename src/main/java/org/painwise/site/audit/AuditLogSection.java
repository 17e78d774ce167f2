package org.painwise.site.audit;

import org.painwise.site.staff.NavigationLink;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The audit log in the staff navigation, for moderators and admins. */
@Component
class AuditLogSection extends NavigationLink {

	AuditLogSection(MessageSource messages) {
		super(messages, "staff.nav.audit", AuditLog.PAGE, member -> member.isModerator() || member.isAdmin(), 900);
	}

}
