package org.painwise.site.moderation;

import lombok.Getter;
import lombok.Setter;

/** A reply to a comment as the moderator typed it. */
@Getter
@Setter
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

}
