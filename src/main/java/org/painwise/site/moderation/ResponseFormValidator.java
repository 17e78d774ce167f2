package org.painwise.site.moderation;

import java.util.List;
import java.util.Set;

import org.painwise.site.comments.CommentFlag;
import org.painwise.site.shared.FormValidator;
import org.painwise.site.shared.TypedText;
import org.springframework.validation.Errors;

/**
 * Checks a standard response as a moderator typed it: a title and a text within their
 * limits, only placeholders the site fills in, a whole number for its order, and a kind
 * of comment it may be suggested for only when it is a reply.
 */
class ResponseFormValidator extends FormValidator<ResponseForm> {

	static final int TITLE_MAX = 120;

	static final int BODY_MAX = 5000;

	/** The triage flags a response can be suggested for. */
	static final List<CommentFlag> SUGGESTED_FOR = List.of(CommentFlag.MEDICAL_ADVICE, CommentFlag.CRISIS,
			CommentFlag.SIDE_EFFECT);

	@Override
	protected void check(ResponseForm form, Errors errors) {
		String title = TypedText.stripped(form.getTitle());
		String body = TypedText.stripped(form.getBody());
		TypedText.check(errors, "title", title, TITLE_MAX, "responses.error.title", "responses.error.titleLength");
		if (TypedText.check(errors, "body", body, BODY_MAX, "responses.error.body", "responses.error.bodyLength")) {
			Set<String> unknown = ResponsePlaceholders.unknownIn(body);
			if (!unknown.isEmpty()) {
				errors.rejectValue("body", "responses.error.placeholders", new Object[] { String.join(", ", unknown),
						"{" + String.join("}, {", ResponsePlaceholders.KNOWN) + "}" }, null);
			}
		}
		if (form.order().isEmpty()) {
			errors.rejectValue("position", "responses.error.position");
		}
		if (form.suggestedFor().isEmpty() && form.suggestsAny()) {
			errors.rejectValue("suggestedFor", "responses.error.suggestedFor");
		}
		if (form.kind().isEmpty()) {
			errors.rejectValue("kind", "responses.error.kind");
		}
		else if (form.kind().get() == StandardResponse.Kind.REJECTION && form.suggestsAny()) {
			errors.rejectValue("suggestedFor", "responses.error.suggestedForRejection");
		}
	}

}
