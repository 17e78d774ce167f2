package org.painwise.site.staff;

import org.springframework.validation.Errors;

/**
 * The forms of the staff account pages, and the checks they share. Each form binds only its own
 * fields, and a password is never put back into a page.
 */
final class AccountForms {

	private AccountForms() {
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

	/** Rejects the field once for each way the password breaks the policy. */
	static void checkPassword(PasswordPolicy policy, String password, String email, String field, Errors errors) {
		for (PasswordPolicy.Problem problem : policy.problemsWith(password, email)) {
			errors.rejectValue(field, problem.messageCode(), new Object[] { policy.minLength(), policy.maxLength() },
					null);
		}
	}

}
