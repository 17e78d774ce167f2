package org.painwise.site.staff;

import java.util.List;

/**
 * What the staff layout shows around every staff page: who is signed in and where they
 * can go.
 *
 * @param member the signed-in member
 * @param navigation the staff navigation, by role
 * @param onPasswordPage whether this is the member's own password page, linked from the
 * header
 */
record StaffArea(StaffMember member, List<NavigationLink> navigation, boolean onPasswordPage) {

	/**
	 * @param current whether the link leads to the page being shown, or to a section it
	 * is part of
	 */
	record NavigationLink(String label, String url, boolean current) {

	}

}
