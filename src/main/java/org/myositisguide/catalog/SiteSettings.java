package org.myositisguide.catalog;

import org.myositisguide.content.SiteInfo;

import org.springframework.stereotype.Component;

/**
 * The site-wide text of the last index run ({@code content/site.yml}), held in memory so
 * that every page, error pages included, can show it without a query.
 */
@Component
public class SiteSettings {

	private volatile SiteInfo current = SiteInfo.DEFAULT;

	public SiteInfo current() {
		return this.current;
	}

	public void update(SiteInfo site) {
		this.current = site;
	}

}
