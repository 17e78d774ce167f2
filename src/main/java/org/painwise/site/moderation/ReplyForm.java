package org.painwise.site.moderation;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** A reply to a comment as the moderator typed it. */
class ReplyForm {

	private String body = "";

	ReplyForm() {
	}

	ReplyForm(String body) {
		this.body = body;
	}

	/** The reply as it is sent: line ends as the site keeps them, no space around it. */
	String text() {
		return body == null ? "" : body.replace("\r\n", "\n").strip();
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	/** Checks that there is a reply, no longer than a comment may be. */
	static class Checks implements Validator {

		private final int maxLength;

		Checks(int maxLength) {
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

}
