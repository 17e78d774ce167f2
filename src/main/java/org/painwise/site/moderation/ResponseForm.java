package org.painwise.site.moderation;

import java.util.Arrays;
import java.util.Optional;

import lombok.Getter;
import lombok.Setter;
import org.painwise.site.comments.CommentFlag;
import org.painwise.site.shared.TypedText;

/**
 * A standard response as a moderator sends it: every field is text, so the form always
 * comes back as it was typed. {@code active} is present when moderators can pick the
 * response; {@code suggestedFor} is MEDICAL_ADVICE, CRISIS, SIDE_EFFECT or empty;
 * {@code kind} is REPLY or REJECTION.
 */
@Getter
@Setter
class ResponseForm {

	private String title = "";

	private String body = "";

	private String active;

	private String position = "0";

	private String suggestedFor = "";

	private String kind = StandardResponse.Kind.REPLY.name();

	static ResponseForm empty() {
		ResponseForm form = new ResponseForm();
		form.active = "on";
		return form;
	}

	static ResponseForm of(StandardResponse response) {
		ResponseForm form = new ResponseForm();
		form.title = response.title();
		form.body = response.body();
		form.active = response.active() ? "on" : null;
		form.position = Integer.toString(response.position());
		form.suggestedFor = response.suggestedFor() == null ? "" : response.suggestedFor().name();
		form.kind = response.kind().name();
		return form;
	}

	boolean isActive() {
		return active != null && !active.isBlank();
	}

	/** The order typed, if it is a whole number of up to six digits, below 0 or not. */
	Optional<Integer> order() {
		String typed = TypedText.stripped(position);
		String digits = typed.startsWith("-") ? typed.substring(1) : typed;
		if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return Optional.empty();
		}
		return Optional.of(Integer.valueOf(typed));
	}

	/** Whether a kind of comment to suggest the response for was chosen at all. */
	boolean suggestsAny() {
		return suggestedFor != null && !suggestedFor.isBlank();
	}

	/**
	 * The kind of comment chosen, if it is one a response can be suggested for; empty for
	 * none.
	 */
	Optional<CommentFlag> suggestedFor() {
		return ResponseFormValidator.SUGGESTED_FOR.stream()
			.filter(flag -> flag.name().equals(suggestedFor))
			.findFirst();
	}

	/** The kind of response chosen, if it is one. */
	Optional<StandardResponse.Kind> kind() {
		return Arrays.stream(StandardResponse.Kind.values()).filter(k -> k.name().equals(kind)).findFirst();
	}

	/**
	 * What the form holds, once {@link ResponseFormValidator} has found nothing wrong.
	 */
	StandardResponses.Content content() {
		return new StandardResponses.Content(title.strip(), body.replace("\r\n", "\n").strip(), isActive(),
				order().orElseThrow(), suggestedFor().orElse(null), kind().orElseThrow());
	}

}
