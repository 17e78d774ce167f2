package org.painwise.site.staff;

import java.util.EnumSet;
import java.util.Set;

import lombok.Getter;
import lombok.Setter;

/**
 * The forms of the staff account pages, checked by {@link AccountFormValidators}. Each
 * form binds only its own fields, and a password is never put back into a page.
 */
final class AccountForms {

	private AccountForms() {
	}

	/** The name a member signs replies with, and their roles. */
	@Getter
	@Setter
	static class Details {

		private String displayName;

		private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

		static Details of(StaffAccountSummary account) {
			Details details = new Details();
			details.setDisplayName(account.displayName());
			details.setRoles(account.roles());
			return details;
		}

		public void setRoles(Set<StaffRole> roles) {
			this.roles = StaffRole.setOf(roles);
		}

	}

	/**
	 * A new account, as an admin fills it in: an email address and a first password
	 * besides the details.
	 */
	@Getter
	@Setter
	static final class NewAccount extends Details {

		private String email;

		private String password;

		void forgetPassword() {
			this.password = null;
		}

	}

	/** A new password that an admin sets for someone else. */
	@Getter
	@Setter
	static final class NewPassword {

		private String password;

		void forgetPassword() {
			this.password = null;
		}

	}

	/** A member changing their own password. */
	@Getter
	@Setter
	static final class PasswordChange {

		private String currentPassword;

		private String newPassword;

		private String confirmPassword;

		void forgetPasswords() {
			this.currentPassword = null;
			this.newPassword = null;
			this.confirmPassword = null;
		}

	}

}
