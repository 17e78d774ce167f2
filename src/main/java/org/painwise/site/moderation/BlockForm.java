package org.painwise.site.moderation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;

/**
 * A moderator's block of a comment's writer: why (required, kept with the block and in
 * the audit log), whether to block their network address too and for how many days, and
 * whether to reject their comments waiting in the queue.
 */
@Getter
@Setter
class BlockForm {

	static final int MAX_REASON = 500;

	static final int DEFAULT_DAYS = 30;

	@NotBlank(message = "{moderation.block.reason.required}")
	@Size(max = MAX_REASON, message = "{moderation.block.reason.tooLong}")
	private String reason = "";

	private boolean blockAddress;

	@NotNull(message = "{moderation.block.days.invalid}")
	@Min(value = 1, message = "{moderation.block.days.invalid}")
	@Max(value = 365, message = "{moderation.block.days.invalid}")
	private Integer addressDays = DEFAULT_DAYS;

	private boolean rejectHeld = true;

	public void setReason(String reason) {
		this.reason = reason == null ? "" : reason.replace("\r\n", "\n").strip();
	}

}
