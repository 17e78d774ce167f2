package org.painwise.site.staff;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/** Every member's own account, always the last panel of the dashboard. */
@Component
@RequiredArgsConstructor
class OwnAccountSection implements StaffDashboardSection {

	private final MessageSource messages;

	@Override
	public Optional<Panel> panelFor(StaffMember member) {
		String roles = member.roles()
			.stream()
			.map(role -> text("staff.role." + role.name()))
			.collect(Collectors.joining(", "));
		return Optional.of(new Panel(text("staff.panel.you.heading"),
				List.of(text("staff.panel.you.email", member.email()), text("staff.panel.you.roles", roles)),
				List.of(new Link(text("staff.panel.you.password"), StaffWebConfiguration.PASSWORD_PAGE),
						new Link(text("staff.panel.you.twoFactor"), TwoFactorController.OWN))));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
