package org.painwise.site.staff;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Staff accounts on the dashboard and in the navigation, for admins only. */
@Component
@RequiredArgsConstructor
class StaffAccountsSection implements StaffDashboardSection {

	static final String URL = "/staff/accounts";

	private final StaffAccountRepository accounts;

	private final MessageSource messages;

	@Override
	public Optional<Panel> panelFor(StaffMember member) {
		if (!member.isAdmin()) {
			return Optional.empty();
		}
		return Optional.of(new Panel(text("staff.panel.accounts.heading"),
				List.of(text("staff.panel.accounts.count", accounts.count(), accounts.countByEnabledFalse())),
				List.of(new Link(text("staff.panel.accounts.manage"), URL),
						new Link(text("staff.panel.accounts.add"), URL + "/new"))));
	}

	@Override
	public Optional<Link> navigationFor(StaffMember member) {
		return member.isAdmin() ? Optional.of(new Link(text("staff.nav.accounts"), URL)) : Optional.empty();
	}

	@Override
	public int getOrder() {
		return 1000;
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
