package org.painwise.site.shared;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the site settings into every page's model, error pages included, so the layout can
 * show the charity's name and helpline.
 */
@ControllerAdvice
class SiteModelAdvice {

	private final SiteProperties site;

	SiteModelAdvice(SiteProperties site) {
		this.site = site;
	}

	@ModelAttribute("site")
	SiteProperties site() {
		return site;
	}

}
