package org.painwise.site.comments;

import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts where to report side effects into every page's model, for the box a commenter sees
 * after posting a comment that mentions one (it lands on the article page, which another
 * module serves).
 */
@ControllerAdvice
@RequiredArgsConstructor
class SideEffectReportingAdvice {

	private final SideEffectReporting reporting;

	@ModelAttribute("sideEffectReporting")
	SideEffectReporting sideEffectReporting() {
		return reporting;
	}

}
