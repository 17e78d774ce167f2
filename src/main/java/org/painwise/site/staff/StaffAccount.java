package org.painwise.site.staff;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;

/**
 * A staff member's account: how they sign in, the name they sign replies with, and what
 * they may do. The password is only ever held as a hash.
 */
@Entity
@Getter(AccessLevel.PACKAGE)
@Table(name = "staff_account")
class StaffAccount {

	/** The longest display name, as the database allows it. */
	static final int MAX_DISPLAY_NAME = 60;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String email;

	@Column(nullable = false)
	private String displayName;

	@Column(nullable = false)
	private String passwordHash;

	@ElementCollection
	@CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role", nullable = false)
	@Enumerated(EnumType.STRING)
	private Set<StaffRole> roles = new HashSet<>();

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Column(nullable = false)
	private Instant passwordChangedAt;

	private Instant lastLoginAt;

	protected StaffAccount() {
	}

	StaffAccount(String email, String displayName, Set<StaffRole> roles, String passwordHash, Instant now) {
		this.email = normaliseEmail(email);
		this.displayName = displayName.strip();
		this.roles.addAll(roles);
		this.passwordHash = passwordHash;
		this.createdAt = now;
		this.updatedAt = now;
		this.passwordChangedAt = now;
	}

	/** Sign-in addresses are compared without case or surrounding spaces. */
	static String normaliseEmail(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
		this.updatedAt = now;
	}

	void changeRoles(Set<StaffRole> newRoles, Instant now) {
		this.roles.clear();
		this.roles.addAll(newRoles);
		this.updatedAt = now;
	}

	void changeDisplayName(String newName, Instant now) {
		this.displayName = newName.strip();
		this.updatedAt = now;
	}

	void setEnabled(boolean enabled, Instant now) {
		this.enabled = enabled;
		this.updatedAt = now;
	}

	StaffMember toMember() {
		return new StaffMember(id, email, displayName, roles);
	}

	Set<StaffRole> getRoles() {
		return StaffRole.setOf(roles);
	}

}
