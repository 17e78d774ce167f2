package org.painwise.site.staff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins on the dashboard, for admins only: how many there were within the
 * failure window, and each account that had an unusual number (as many as one address may
 * fail before it is slowed, or more), so an admin can see someone guessing and warn the
 * person.
 */
@Component
@RequiredArgsConstructor
class SignInFailuresSection implements StaffDashboardSection {

	private final LoginThrottle throttle;

	private final StaffAccountRepository accounts;

	private final StaffProperties properties;

	private final MessageSource messages;

	@Override
	public Optional<Panel> panelFor(StaffMember member) {
		if (!member.isAdmin()) {
			return Optional.empty();
		}
		long hours = Math.max(1, properties.login().failureWindow().toHours());
		Map<String, LoginThrottle.Failures> failures = throttle.recentFailures();
		if (failures.isEmpty()) {
			return Optional.of(new Panel(text("staff.panel.signIns.heading"),
					List.of(text("staff.panel.signIns.none", hours)), List.of()));
		}
		Map<String, StaffAccount> byHash = new HashMap<>();
		for (StaffAccount account : accounts.findAllByOrderByDisplayNameAscEmailAsc()) {
			byHash.put(throttle.emailHash(account.getEmail()), account);
		}
		long total = 0;
		long notAccounts = 0;
		List<String> unusual = new ArrayList<>();
		for (Map.Entry<String, LoginThrottle.Failures> entry : failures.entrySet()) {
			LoginThrottle.Failures count = entry.getValue();
			total += count.count();
			StaffAccount account = byHash.get(entry.getKey());
			if (account == null) {
				notAccounts += count.count();
			}
			else if (count.count() >= properties.login().maxFailuresPerAccount()) {
				unusual.add(text("staff.panel.signIns.account", account.getDisplayName(), count.count(),
						count.addresses()));
			}
		}
		List<String> lines = new ArrayList<>();
		lines.add(text("staff.panel.signIns.total", total, hours));
		lines.addAll(unusual);
		if (notAccounts > 0) {
			lines.add(text("staff.panel.signIns.notAccounts", notAccounts));
		}
		return Optional.of(new Panel(text("staff.panel.signIns.heading"), lines, List.of()));
	}

	@Override
	public int getOrder() {
		return 1010;
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
