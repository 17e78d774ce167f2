package org.painwise.site.privacy;

import jakarta.validation.constraints.NotNull;

/**
 * The box a reader, or staff for them, ticks to say they understand that erasing cannot
 * be undone.
 */
class EraseForm {

	@NotNull(message = "{data.erase.notSure}")
	private String sure;

	public String getSure() {
		return sure;
	}

	public void setSure(String sure) {
		this.sure = sure;
	}

}
