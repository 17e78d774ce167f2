package org.painwise.site.staff;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/**
 * The forms of the staff account pages, and the checks they share. Each form binds only its own
 * fields, and a password is never put back into a page.
 */
final class AccountForms {

	static final int MAX_EMAIL = 254;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private AccountForms() {
	}

	/** A new account, as an admin fills it in. */
	static final class NewAccount {

		private String email;

		private String displayName;

		private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

		private String password;

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
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

	/** The name a member signs replies with, and their roles. */
	static final class Details {

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

	static void checkEmail(String email, Errors errors) {
		String value = email == null ? "" : email.strip();
		if (value.isEmpty()) {
			errors.rejectValue("email", "accounts.email.missing");
		}
		else if (value.length() > MAX_EMAIL || !EMAIL.matcher(value).matches()) {
			errors.rejectValue("email", "accounts.email.invalid");
		}
	}

	static void checkDisplayName(String displayName, Errors errors) {
		String value = displayName == null ? "" : displayName.strip();
		if (value.isEmpty()) {
			errors.rejectValue("displayName", "accounts.displayName.missing");
		}
		else if (value.length() > StaffAccount.MAX_DISPLAY_NAME) {
			errors.rejectValue("displayName", "accounts.displayName.tooLong",
					new Object[] { StaffAccount.MAX_DISPLAY_NAME }, null);
		}
	}

	static void checkRoles(Set<StaffRole> roles, Errors errors) {
		if (roles == null || roles.isEmpty()) {
			errors.rejectValue("roles", "accounts.roles.missing");
		}
	}

	/** Rejects the field once for each way the password breaks the policy. */
	static void checkPassword(PasswordPolicy policy, String password, String email, String field, Errors errors) {
		for (PasswordPolicy.Problem problem : policy.problemsWith(password, email)) {
			errors.rejectValue(field, problem.messageCode(), new Object[] { policy.minLength(), policy.maxLength() },
					null);
		}
	}

}
