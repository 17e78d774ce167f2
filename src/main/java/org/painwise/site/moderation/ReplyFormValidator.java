package org.painwise.site.moderation;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.FormValidator;
import org.painwise.site.shared.TypedText;
import org.springframework.validation.Errors;

/** Checks that a {@link ReplyForm} holds a reply, no longer than a comment may be. */
@RequiredArgsConstructor
class ReplyFormValidator extends FormValidator<ReplyForm> {

	private final int maxLength;

	@Override
	protected void check(ReplyForm form, Errors errors) {
		TypedText.check(errors, "body", form.text(), maxLength, "moderation.reply.empty", "moderation.reply.tooLong");
	}

}
