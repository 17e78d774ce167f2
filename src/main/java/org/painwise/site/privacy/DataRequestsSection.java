package org.painwise.site.privacy;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.painwise.site.staff.StaffDashboardSection;
import org.painwise.site.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Readers' data requests by phone or post, on the dashboard and in the navigation, for
 * admins only.
 */
@Component
@RequiredArgsConstructor
class DataRequestsSection implements StaffDashboardSection {

	private final MessageSource messages;

	@Override
	public Optional<Panel> panelFor(StaffMember member) {
		if (!member.isAdmin()) {
			return Optional.empty();
		}
		return Optional.of(new Panel(text("data.staff.panel.heading"), List.of(text("data.staff.panel.text")),
				List.of(new Link(text("data.staff.panel.link"), StaffDataController.PATH))));
	}

	@Override
	public int getOrder() {
		return 1020;
	}

	private String text(String code) {
		return messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

}
