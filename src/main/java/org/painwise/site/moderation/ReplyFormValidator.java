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
		TypedText.check(errors, "body", ((ReplyForm) target).text(), maxLength, "moderation.reply.empty",
				"moderation.reply.tooLong");
	}

}
