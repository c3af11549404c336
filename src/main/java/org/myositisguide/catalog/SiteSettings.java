package org.myositisguide.catalog;

import org.myositisguide.content.SiteInfo;

import org.springframework.stereotype.Component;

/**
 * The site-wide text of the last index run ({@code content/site.yml}), held in memory so
 * that every page, error pages included, can show it without a query, and the version of
 * the index that page caches key on.
 */
@Component
public class SiteSettings {

	private volatile SiteInfo current = SiteInfo.DEFAULT;

	private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();

	public SiteInfo current() {
		return this.current;
	}

	/** Called after every index run: new site text, and a new version for page caches. */
	public void update(SiteInfo site) {
		this.current = site;
		this.version.incrementAndGet();
	}

	/** Changes whenever the index changes; page caches key on it. */
	public long version() {
		return this.version.get();
	}

}
