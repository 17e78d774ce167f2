package org.painwise.site.comments;

import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;
import org.painwise.site.shared.EmailAddresses;
import org.painwise.site.shared.FormValidator;
import org.painwise.site.shared.TypedText;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks a comment against the configured limits. Messages are message-bundle codes with
 * the limit as an argument, so the page says exactly what to change.
 */
@Component
@RequiredArgsConstructor
class CommentFormValidator extends FormValidator<CommentForm> {

	// control characters, except line breaks and tabs in the comment itself
	private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

	private static final Pattern CONTROL_EXCEPT_LINES = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

	private final CommentProperties properties;

	/** Checks a form as {@link CommentForm#trimmed()} leaves it. */
	@Override
	protected void check(CommentForm form, Errors errors) {
		if (form.name().isEmpty()) {
			errors.rejectValue("name", "comment.name.required");
		}
		else if (form.name().codePointCount(0, form.name().length()) > properties.nameMaxLength()) {
			errors.rejectValue("name", "comment.name.tooLong", new Object[] { properties.nameMaxLength() }, null);
		}
		else if (CONTROL.matcher(form.name()).find()) {
			errors.rejectValue("name", "comment.control");
		}

		if (TypedText.check(errors, "email", form.email(), properties.emailMaxLength(), "comment.email.required",
				"comment.email.tooLong") && !EmailAddresses.looksValid(form.email())) {
			errors.rejectValue("email", "comment.email.invalid");
		}

		if (form.body().isEmpty()) {
			errors.rejectValue("body", "comment.body.required");
		}
		else if (form.body().codePointCount(0, form.body().length()) > properties.bodyMaxLength()) {
			errors.rejectValue("body", "comment.body.tooLong",
					new Object[] { properties.bodyMaxLength(), form.body().codePointCount(0, form.body().length()) },
					null);
		}
		else if (CONTROL_EXCEPT_LINES.matcher(form.body()).find()) {
			errors.rejectValue("body", "comment.control");
		}

		if (form.isReply() && form.parent() == null) {
			errors.rejectValue("parentId", "comment.parent.invalid");
		}

		if (!form.consented()) {
			errors.rejectValue("consent", "comment.consent.required");
		}
	}

}
