package org.painwise.site.audit;

import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.painwise.site.staff.StaffAccountCreated;
import org.painwise.site.staff.StaffAccountDisabled;
import org.painwise.site.staff.StaffAccountEnabled;
import org.painwise.site.staff.StaffDirectory;
import org.painwise.site.staff.StaffDisplayNameChanged;
import org.painwise.site.staff.StaffMember;
import org.painwise.site.staff.StaffPasswordChanged;
import org.painwise.site.staff.StaffPasswordReset;
import org.painwise.site.staff.StaffRole;
import org.painwise.site.staff.StaffRolesChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every change to a staff account to the audit log. The events are published
 * inside the account's transaction and these listeners run in it, so the entry is kept
 * only with the change. Passwords themselves are never recorded, only that one was set.
 */
@Component
@RequiredArgsConstructor
class StaffAccountAuditing {

	private final AuditLog audit;

	private final StaffDirectory directory;

	@EventListener
	void created(StaffAccountCreated event) {
		// staff are recorded by id and display name: the audit log is kept for good, an
		// email address need not be
		record(event.actorId(), "account.created", event.accountId(), null,
				event.displayName() + ", roles: " + roles(event.roles()));
	}

	@EventListener
	void rolesChanged(StaffRolesChanged event) {
		record(event.actorId(), "account.roles_changed", event.accountId(), roles(event.before()),
				roles(event.after()));
	}

	@EventListener
	void renamed(StaffDisplayNameChanged event) {
		record(event.actorId(), "account.name_changed", event.accountId(), event.before(), event.after());
	}

	@EventListener
	void disabled(StaffAccountDisabled event) {
		record(event.actorId(), "account.disabled", event.accountId(), "enabled", "disabled");
	}

	@EventListener
	void enabled(StaffAccountEnabled event) {
		record(event.actorId(), "account.enabled", event.accountId(), "disabled", "enabled");
	}

	@EventListener
	void passwordReset(StaffPasswordReset event) {
		record(event.actorId(), "account.password_reset", event.accountId(), null, null);
	}

	@EventListener
	void passwordChanged(StaffPasswordChanged event) {
		record(event.accountId(), "account.password_changed", event.accountId(), null, null);
	}

	private void record(Long actorId, String action, long accountId, String before, String after) {
		String actorName = actorId == null ? "system"
				: directory.findById(actorId).map(StaffMember::displayName).orElse("account " + actorId);
		String subject = directory.findById(accountId).map(StaffMember::displayName).orElse(null);
		audit.record(new AuditLog.Entry(actorId, actorName, action, "staff_account", Long.toString(accountId), before,
				after, subject));
	}

	private static String roles(Set<StaffRole> roles) {
		return roles.stream().map(StaffRole::name).sorted().collect(Collectors.joining(", "));
	}

}
