package org.painwise.site.staff;

import java.util.Collections;
import java.util.Set;

/**
 * A staff member as other modules see them.
 *
 * @param id the account's id, for recording who did something
 * @param email the address they sign in with
 * @param displayName the name they sign replies with, such as "James"
 * @param roles what they may do
 */
public record StaffMember(long id, String email, String displayName, Set<StaffRole> roles) {

	public StaffMember {
		roles = Collections.unmodifiableSet(StaffRole.setOf(roles));
	}

	public boolean hasRole(StaffRole role) {
		return roles.contains(role);
	}

	public boolean isAdmin() {
		return hasRole(StaffRole.ADMIN);
	}

	public boolean isModerator() {
		return hasRole(StaffRole.MODERATOR);
	}

	public boolean isEditor() {
		return hasRole(StaffRole.EDITOR);
	}

}
