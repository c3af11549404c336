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

	/** The page's canonical address: the site's base URL and the request path. */
	@ModelAttribute("canonicalUrl")
	String canonicalUrl(jakarta.servlet.http.HttpServletRequest request) {
		return this.settings.current().baseUrl() + request.getRequestURI();
	}

}
