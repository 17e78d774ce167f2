/**
 * Staff accounts, roles and sign-in, and the one {@code SecurityFilterChain} that decides
 * what anonymous readers and signed-in staff may do. Public pages stay sessionless;
 * everything under {@code /staff} needs a login and the right role. Other modules use
 * {@link org.painwise.site.staff.StaffDirectory} and
 * {@link org.painwise.site.staff.CurrentStaff} to know who is signed in, the role
 * annotations such as {@link org.painwise.site.staff.ModeratorOnly} to guard their own
 * staff pages, {@link org.painwise.site.staff.StaffDashboardSection} to add to the staff
 * dashboard, and listen to the account events (such as
 * {@link org.painwise.site.staff.StaffRolesChanged}) for the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff and security")
package org.painwise.site.staff;
