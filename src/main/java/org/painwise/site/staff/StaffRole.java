package org.painwise.site.staff;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a staff member may do. Roles do not imply one another: an admin who should also
 * moderate needs the moderator role as well.
 */
public enum StaffRole {

	/** Works the comment queue and replies to commenters. */
	MODERATOR,

	/** Writes, reviews and publishes articles. */
	EDITOR,

	/** Manages staff accounts and site settings. */
	ADMIN;

	/** The authority Spring Security checks for this role, such as {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** A set that iterates in the order the roles are declared. */
	static Set<StaffRole> setOf(Collection<StaffRole> roles) {
		return roles == null || roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles);
	}

}
