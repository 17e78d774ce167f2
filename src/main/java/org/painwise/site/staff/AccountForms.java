package org.painwise.site.staff;

import java.util.EnumSet;
import java.util.Set;

/**
 * The forms of the staff account pages, checked by {@link AccountFormValidators}. Each
 * form binds only its own fields, and a password is never put back into a page.
 */
final class AccountForms {

	private AccountForms() {
	}

	/** The name a member signs replies with, and their roles. */
	static class Details {

		private String displayName;

		private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

		static Details of(StaffAccountSummary account) {
			Details details = new Details();
			details.setDisplayName(account.displayName());
			details.setRoles(account.roles());
			return details;
		}

		public String getDisplayName() {
			return displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public Set<StaffRole> getRoles() {
			return roles;
		}

		public void setRoles(Set<StaffRole> roles) {
			this.roles = StaffRole.setOf(roles);
		}

	}

	/**
	 * A new account, as an admin fills it in: an email address and a first password
	 * besides the details.
	 */
	static final class NewAccount extends Details {

		private String email;

		private String password;

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		void forgetPassword() {
			this.password = null;
		}

	}

	/** A new password that an admin sets for someone else. */
	static final class NewPassword {

		private String password;

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		void forgetPassword() {
			this.password = null;
		}

	}

	/** A member changing their own password. */
	static final class PasswordChange {

		private String currentPassword;

		private String newPassword;

		private String confirmPassword;

		public String getCurrentPassword() {
			return currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public String getNewPassword() {
			return newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}

		public String getConfirmPassword() {
			return confirmPassword;
		}

		public void setConfirmPassword(String confirmPassword) {
			this.confirmPassword = confirmPassword;
		}

		void forgetPasswords() {
			this.currentPassword = null;
			this.newPassword = null;
			this.confirmPassword = null;
		}

	}

}
