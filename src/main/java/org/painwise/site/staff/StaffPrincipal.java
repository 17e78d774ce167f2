package org.painwise.site.staff;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in staff member as Spring Security holds them in the session. It remembers
 * when the password was last changed, so that a session started before a password change
 * can be ended.
 */
final class StaffPrincipal implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String email;

	private final String displayName;

	private final Set<StaffRole> roles;

	private final boolean enabled;

	private final Instant passwordChangedAt;

	private String passwordHash;

	private StaffPrincipal(long id, String email, String displayName, Set<StaffRole> roles, boolean enabled,
			Instant passwordChangedAt, String passwordHash) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.roles = StaffRole.setOf(roles);
		this.enabled = enabled;
		this.passwordChangedAt = passwordChangedAt;
		this.passwordHash = passwordHash;
	}

	static StaffPrincipal of(StaffAccount account) {
		return new StaffPrincipal(account.getId(), account.getEmail(), account.getDisplayName(), account.getRoles(),
				account.isEnabled(), account.getPasswordChangedAt(), account.getPasswordHash());
	}

	/**
	 * The same person with a newer password-change time, after they changed their own
	 * password.
	 */
	StaffPrincipal withPasswordChangedAt(Instant changedAt) {
		return new StaffPrincipal(id, email, displayName, roles, enabled, changedAt, null);
	}

	long id() {
		return id;
	}

	String displayName() {
		return displayName;
	}

	Set<StaffRole> roles() {
		return StaffRole.setOf(roles);
	}

	Instant passwordChangedAt() {
		return passwordChangedAt;
	}

	StaffMember toMember() {
		return new StaffMember(id, email, displayName, roles);
	}

	/** Whether this describes the same account with the same name and roles. */
	boolean sameDetailsAs(StaffPrincipal other) {
		return id == other.id && email.equals(other.email) && displayName.equals(other.displayName)
				&& roles.equals(other.roles);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roleAuthorities(roles);
	}

	static List<GrantedAuthority> roleAuthorities(Set<StaffRole> roles) {
		return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffPrincipal that && id == that.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "StaffPrincipal[id=" + id + "]";
	}

}
