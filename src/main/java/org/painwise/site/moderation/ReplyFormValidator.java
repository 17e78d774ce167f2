package org.painwise.site.moderation;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.TypedText;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Checks that a {@link ReplyForm} holds a reply, no longer than a comment may be. */
@RequiredArgsConstructor
class ReplyFormValidator implements Validator {

	private final int maxLength;

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
