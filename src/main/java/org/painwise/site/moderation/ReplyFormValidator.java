package org.painwise.site.moderation;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Checks that a {@link ReplyForm} holds a reply, no longer than a comment may be. */
class ReplyFormValidator implements Validator {

	private final int maxLength;

	ReplyFormValidator(int maxLength) {
		this.maxLength = maxLength;
	}

	@Override
	public boolean supports(Class<?> type) {
		return ReplyForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		String text = ((ReplyForm) target).text();
		if (text.isEmpty()) {
			errors.rejectValue("body", "moderation.reply.empty", new Object[] { maxLength }, null);
		}
		else if (text.length() > maxLength) {
			errors.rejectValue("body", "moderation.reply.tooLong", new Object[] { maxLength }, null);
		}
	}

}
