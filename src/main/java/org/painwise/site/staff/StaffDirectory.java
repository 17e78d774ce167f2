package org.painwise.site.staff;

import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the staff are, for other modules: the signed-in member, and members by id (to show
 * who made a decision) or by role (to notify moderators, say).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StaffDirectory {

	private final StaffAccountRepository accounts;

	/** The staff member signed in on this request, with their roles as they are now. */
	public Optional<StaffMember> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
			return Optional.of(principal.toMember());
		}
		return Optional.empty();
	}

	/**
	 * Any account with this id, enabled or not: old decisions keep the name of who made
	 * them.
	 */
	public Optional<StaffMember> findById(long id) {
		return accounts.findWithRolesById(id).map(StaffAccount::toMember);
	}

	/** The enabled members who have this role, by name. */
	public List<StaffMember> withRole(StaffRole role) {
		return accounts.findByEnabledTrueOrderByDisplayNameAsc()
			.stream()
			.filter(account -> account.getRoles().contains(role))
			.map(StaffAccount::toMember)
			.toList();
	}

}
