package org.painwise.site.staff;

import java.util.regex.Pattern;

import org.painwise.site.staff.AccountForms.Details;
import org.painwise.site.staff.AccountForms.NewAccount;
import org.painwise.site.staff.AccountForms.NewPassword;
import org.painwise.site.staff.AccountForms.PasswordChange;

import org.painwise.site.shared.FormValidator;
import org.painwise.site.shared.TypedText;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;

/**
 * One validator for each form of the staff account pages. A password is checked against
 * the email address of the account it is for, which the form does not hold: its validator
 * takes that address as its one validation hint.
 */
final class AccountFormValidators {

	static final int MAX_EMAIL = 254;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private AccountFormValidators() {
	}

	/** A member's name and roles, as an admin changes them. */
	@Component
	static class DetailsValidator extends FormValidator<Details> {

		@Override
		protected void check(Details form, Errors errors) {
			TypedText.check(errors, "displayName", TypedText.stripped(form.getDisplayName()),
					StaffAccount.MAX_DISPLAY_NAME, "accounts.displayName.missing", "accounts.displayName.tooLong");
			if (form.getRoles() == null || form.getRoles().isEmpty()) {
				errors.rejectValue("roles", "accounts.roles.missing");
			}
		}

	}

	/** A new account: its email address, its details and its first password. */
	@Component
	static class NewAccountValidator extends FormValidator<NewAccount> {

		private final DetailsValidator details;

		private final PasswordPolicy policy;

		NewAccountValidator(DetailsValidator details, PasswordPolicy policy) {
			this.details = details;
			this.policy = policy;
		}

		@Override
		protected void check(NewAccount form, Errors errors) {
			String email = TypedText.stripped(form.getEmail());
			if (email.isEmpty()) {
				errors.rejectValue("email", "accounts.email.missing");
			}
			else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
				errors.rejectValue("email", "accounts.email.invalid");
			}
			details.validate(form, errors);
			checkPassword(policy, form.getPassword(), form.getEmail(), "password", errors);
		}

	}

	/**
	 * A new password an admin sets for someone else; the hint is that person's email
	 * address.
	 */
	@Component
	static class NewPasswordValidator extends PasswordValidator {

		NewPasswordValidator(PasswordPolicy policy) {
			super(policy, NewPassword.class);
		}

		@Override
		void validate(Object target, String email, Errors errors) {
			checkPassword(((NewPassword) target).getPassword(), email, "password", errors);
		}

	}

	/** A member changing their own password; the hint is their email address. */
	@Component
	static class PasswordChangeValidator extends PasswordValidator {

		PasswordChangeValidator(PasswordPolicy policy) {
			super(policy, PasswordChange.class);
		}

		@Override
		void validate(Object target, String email, Errors errors) {
			PasswordChange form = (PasswordChange) target;
			if (form.getCurrentPassword() == null || form.getCurrentPassword().isEmpty()) {
				errors.rejectValue("currentPassword", "password.current.missing");
			}
			checkPassword(form.getNewPassword(), email, "newPassword", errors);
			if (form.getNewPassword() != null && !form.getNewPassword().isEmpty()
					&& !form.getNewPassword().equals(form.getConfirmPassword())) {
				errors.rejectValue("confirmPassword", "password.confirm.mismatch");
			}
		}

	}

	/**
	 * A form with a password, checked against the policy and the email address given as
	 * the hint.
	 */
	abstract static class PasswordValidator implements SmartValidator {

		private final PasswordPolicy policy;

		private final Class<?> form;

		PasswordValidator(PasswordPolicy policy, Class<?> form) {
			this.policy = policy;
			this.form = form;
		}

		@Override
		public boolean supports(Class<?> type) {
			return form.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			validate(target, (String) null, errors);
		}

		@Override
		public void validate(Object target, Errors errors, Object... hints) {
			validate(target, hints.length > 0 ? (String) hints[0] : null, errors);
		}

		abstract void validate(Object target, String email, Errors errors);

		void checkPassword(String password, String email, String field, Errors errors) {
			AccountFormValidators.checkPassword(policy, password, email, field, errors);
		}

	}

	/** Rejects the field once for each way the password breaks the policy. */
	private static void checkPassword(PasswordPolicy policy, String password, String email, String field,
			Errors errors) {
		for (PasswordPolicy.Problem problem : policy.problemsWith(password, email)) {
			errors.rejectValue(field, problem.messageCode(), new Object[] { policy.minLength(), policy.maxLength() },
					null);
		}
	}

}
