package org.painwise.site.privacy;

import jakarta.validation.constraints.NotNull;

import lombok.Getter;
import lombok.Setter;

/**
 * The box a reader, or staff for them, ticks to say they understand that erasing cannot
 * be undone.
 */
@Getter
@Setter
class EraseForm {

	@NotNull(message = "{data.erase.notSure}")
	private String sure;

}
