package org.painwise.site.feedback;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lombok.Getter;

/**
 * A reader's report of a problem with a page: what is wrong (required) and, if they want
 * a reply, their email address.
 */
@Getter
class ProblemForm {

	static final int MAX_LENGTH = 1200;

	static final int MAX_EMAIL_LENGTH = 254;

	@NotBlank(message = "{feedback.problem.required}")
	@Size(max = MAX_LENGTH, message = "{feedback.problem.tooLong}")
	private String whatIsWrong = "";

	@Email(message = "{feedback.email.invalid}")
	@Size(max = MAX_EMAIL_LENGTH, message = "{feedback.email.invalid}")
	private String replyEmail = "";

	static ProblemForm empty() {
		return new ProblemForm();
	}

	public void setWhatIsWrong(String whatIsWrong) {
		this.whatIsWrong = withoutControlCharacters(whatIsWrong);
	}

	public void setReplyEmail(String replyEmail) {
		this.replyEmail = withoutControlCharacters(replyEmail);
	}

	/**
	 * Text as it is kept: trimmed, and without control characters other than line breaks
	 * and tabs.
	 */
	private static String withoutControlCharacters(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints()
			.filter(c -> Character.getType(c) != Character.CONTROL || c == '\n' || c == '\r' || c == '\t')
			.forEach(kept::appendCodePoint);
		return kept.toString().strip();
	}

}
