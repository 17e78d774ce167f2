package org.painwise.site.audit;

import java.util.Locale;
import java.util.Optional;

import org.painwise.site.staff.StaffDashboardSection;
import org.painwise.site.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The audit log in the staff navigation, for moderators and admins. */
@Component
class AuditLogSection implements StaffDashboardSection {

	private final MessageSource messages;

	AuditLogSection(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Optional<Panel> panelFor(StaffMember member) {
		return Optional.empty();
	}

	@Override
	public Optional<Link> navigationFor(StaffMember member) {
		return member.isModerator() || member.isAdmin() ? Optional.of(new Link(messages.getMessage("staff.nav.audit", null, Locale.UK), AuditController.PAGE))
				: Optional.empty();
	}

	@Override
	public int getOrder() {
		return 900;
	}

}
