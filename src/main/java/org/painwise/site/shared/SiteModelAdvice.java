package org.painwise.site.shared;

import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the site settings into every page's model, error pages included, so the layout can
 * show the charity's name and helpline.
 */
@ControllerAdvice
@RequiredArgsConstructor
class SiteModelAdvice {

	private final SiteProperties site;

	@ModelAttribute("site")
	SiteProperties site() {
		return site;
	}

}
