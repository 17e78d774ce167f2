package org.painwise.site.privacy;

import lombok.RequiredArgsConstructor;
import org.painwise.site.privacy.EmailForm.EmailFormValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How the reader's data page and the staff one bind their two forms: the email address to
 * look up, checked as it binds, and the box that says erasing cannot be undone.
 */
@ControllerAdvice(assignableTypes = { DataController.class, StaffDataController.class })
@RequiredArgsConstructor
class DataFormBinding {

	private final EmailFormValidator validator;

	@InitBinder("form")
	void bindEmail(WebDataBinder binder) {
		binder.setAllowedFields("email");
		binder.addValidators(validator);
	}

	@InitBinder("erase")
	void bindErase(WebDataBinder binder) {
		binder.setAllowedFields("sure");
	}

}
