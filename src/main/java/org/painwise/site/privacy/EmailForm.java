package org.painwise.site.privacy;

import lombok.Getter;
import org.painwise.site.shared.EmailAddresses;
import org.painwise.site.shared.FormValidator;
import org.painwise.site.shared.TypedText;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * An email address typed to find what the site holds for a reader: by the reader, who is
 * sent a link, or by staff for a reader who asks by phone or post. Kept without spaces at
 * either end.
 */
@Getter
class EmailForm {

	private String email = "";

	static EmailForm of(String email) {
		EmailForm form = new EmailForm();
		form.setEmail(email);
		return form;
	}

	public void setEmail(String email) {
		this.email = TypedText.stripped(email);
	}

	/** Checks that an address was typed, and that it looks like one. */
	@Component
	static class EmailFormValidator extends FormValidator<EmailForm> {

		@Override
		protected void check(EmailForm form, Errors errors) {
			String email = form.getEmail();
			if (email.isEmpty()) {
				errors.rejectValue("email", "data.request.email.missing");
			}
			else if (!EmailAddresses.looksValid(email)) {
				errors.rejectValue("email", "data.request.email.invalid");
			}
		}

	}

}
