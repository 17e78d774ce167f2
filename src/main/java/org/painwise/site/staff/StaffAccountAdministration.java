package org.painwise.site.staff;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.painwise.site.staff.StaffAccountProblems.NoSuchAccount;
import org.painwise.site.staff.StaffAccountProblems.OwnAccountRefused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do to staff accounts: list, create, change name and roles, disable and
 * enable, set a new password. Every method needs the admin role, whoever calls it. An
 * admin can never lock themselves out: they cannot disable their own account or take away
 * their own admin role. Each change is published as an event for the audit log.
 */
@Service
@Transactional
@AdminOnly
@RequiredArgsConstructor
class StaffAccountAdministration {

	private final StaffAccountRepository accounts;

	private final StaffAccounts staffAccounts;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	@Transactional(readOnly = true)
	public List<StaffAccountSummary> list() {
		return accounts.findAllByOrderByDisplayNameAscEmailAsc().stream().map(StaffAccountSummary::of).toList();
	}

	@Transactional(readOnly = true)
	public StaffAccountSummary get(long id) {
		return StaffAccountSummary.of(find(id));
	}

	/**
	 * @return the new account's id
	 */
	public long create(StaffMember admin, String email, String displayName, Set<StaffRole> roles, String password) {
		return staffAccounts.create(email, displayName, roles, password, admin.id()).getId();
	}

	/** Changes the name a member signs replies with, and their roles. */
	public void updateDetails(StaffMember admin, long id, String displayName, Set<StaffRole> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new IllegalArgumentException("A staff account needs at least one role");
		}
		if (admin.id() == id && !roles.contains(StaffRole.ADMIN)) {
			throw new OwnAccountRefused("accounts.refused.ownAdminRole");
		}
		StaffAccount account = find(id);
		Instant now = staffAccounts.now();
		String oldName = account.getDisplayName();
		if (!oldName.equals(displayName.strip())) {
			account.changeDisplayName(displayName, now);
			events.publishEvent(new StaffDisplayNameChanged(id, oldName, account.getDisplayName(), admin.id(), now));
		}
		Set<StaffRole> before = account.getRoles();
		Set<StaffRole> after = StaffRole.setOf(roles);
		if (!before.equals(after)) {
			account.changeRoles(after, now);
			events.publishEvent(new StaffRolesChanged(id, before, after, admin.id(), now));
		}
	}

	public void disable(StaffMember admin, long id) {
		if (admin.id() == id) {
			throw new OwnAccountRefused("accounts.refused.disableSelf");
		}
		StaffAccount account = find(id);
		if (account.isEnabled()) {
			Instant now = staffAccounts.now();
			account.setEnabled(false, now);
			events.publishEvent(new StaffAccountDisabled(id, admin.id(), now));
		}
	}

	public void enable(StaffMember admin, long id) {
		StaffAccount account = find(id);
		if (!account.isEnabled()) {
			Instant now = staffAccounts.now();
			account.setEnabled(true, now);
			events.publishEvent(new StaffAccountEnabled(id, admin.id(), now));
		}
	}

	/**
	 * Sets a new password for someone else; they are signed out everywhere. Admins change
	 * their own password like everyone else, by giving the current one.
	 */
	public void resetPassword(StaffMember admin, long id, String password) {
		if (admin.id() == id) {
			throw new OwnAccountRefused("accounts.refused.ownPassword");
		}
		StaffAccount account = find(id);
		if (!policy.problemsWith(password, account.getEmail()).isEmpty()) {
			throw new IllegalArgumentException("The password does not meet the password policy");
		}
		Instant now = staffAccounts.now();
		account.changePassword(passwordEncoder.encode(password), now);
		events.publishEvent(new StaffPasswordReset(id, admin.id(), now));
	}

	private StaffAccount find(long id) {
		return accounts.findWithRolesById(id).orElseThrow(() -> new NoSuchAccount(id));
	}

}
