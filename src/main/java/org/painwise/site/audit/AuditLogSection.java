package org.painwise.site.audit;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.painwise.site.staff.StaffDashboardSection;
import org.painwise.site.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit log in the staff navigation and on the dashboard, for moderators and admins.
 */
@Component
@RequiredArgsConstructor
class AuditLogSection implements StaffDashboardSection {

	private final MessageSource messages;

	@Override
	public Optional<Panel> panelFor(StaffMember member) {
		return readsTheLog(member) ? Optional.of(new Panel(text("audit.panel.heading"),
				List.of(text("audit.panel.text")), List.of(new Link(text("staff.nav.audit"), AuditController.PAGE))))
				: Optional.empty();
	}

	@Override
	public Optional<Link> navigationFor(StaffMember member) {
		return readsTheLog(member) ? Optional.of(new Link(text("staff.nav.audit"), AuditController.PAGE))
				: Optional.empty();
	}

	@Override
	public int getOrder() {
		return 900;
	}

	private static boolean readsTheLog(StaffMember member) {
		return member.isModerator() || member.isAdmin();
	}

	private String text(String code) {
		return messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

}
