/**
 * Staff users, roles and login, and the one {@code SecurityFilterChain} that decides what
 * anonymous readers and signed-in staff may do. Public pages stay sessionless; everything
 * under {@code /staff} needs a login.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff and security")
package org.painwise.site.staff;
