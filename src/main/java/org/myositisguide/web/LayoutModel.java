package org.myositisguide.web;

import org.myositisguide.catalog.SiteSettings;
import org.myositisguide.content.SiteInfo;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page, error pages included, the site-wide text the layout shows.
 */
@ControllerAdvice
class LayoutModel {

	private final SiteSettings settings;

	LayoutModel(SiteSettings settings) {
		this.settings = settings;
	}

	@ModelAttribute("site")
	SiteInfo site() {
		return this.settings.current();
	}

}
