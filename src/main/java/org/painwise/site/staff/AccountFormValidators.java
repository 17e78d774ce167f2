package org.painwise.site.staff;

import java.util.regex.Pattern;

import org.painwise.site.staff.AccountForms.Details;
import org.painwise.site.staff.AccountForms.NewAccount;
import org.painwise.site.staff.AccountForms.NewPassword;
import org.painwise.site.staff.AccountForms.PasswordChange;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.FormValidator;
import org.painwise.site.shared.HintedFormValidator;
import org.painwise.site.shared.TypedText;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

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
	@RequiredArgsConstructor
	static class NewAccountValidator extends FormValidator<NewAccount> {

		private final DetailsValidator details;

		private final PasswordPolicy policy;

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
	@RequiredArgsConstructor
	static class NewPasswordValidator extends HintedFormValidator<NewPassword, String> {

		private final PasswordPolicy policy;

		@Override
		protected void check(NewPassword form, String email, Errors errors) {
			checkPassword(policy, form.getPassword(), email, "password", errors);
		}

	}

	/** A member changing their own password; the hint is their email address. */
	@Component
	@RequiredArgsConstructor
	static class PasswordChangeValidator extends HintedFormValidator<PasswordChange, String> {

		private final PasswordPolicy policy;

		@Override
		protected void check(PasswordChange form, String email, Errors errors) {
			if (form.getCurrentPassword() == null || form.getCurrentPassword().isEmpty()) {
				errors.rejectValue("currentPassword", "password.current.missing");
			}
			checkPassword(policy, form.getNewPassword(), email, "newPassword", errors);
			if (form.getNewPassword() != null && !form.getNewPassword().isEmpty()
					&& !form.getNewPassword().equals(form.getConfirmPassword())) {
				errors.rejectValue("confirmPassword", "password.confirm.mismatch");
			}
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
