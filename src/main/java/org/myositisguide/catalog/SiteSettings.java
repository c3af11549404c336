package org.myositisguide.catalog;

import java.util.concurrent.atomic.AtomicLong;

import org.myositisguide.content.SiteInfo;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;
import org.springframework.stereotype.Component;

/**
 * The site-wide text of the last index run ({@code content/site.yml}), held in memory so
 * that every page, error pages included, can show it without a query, and the version of
 * the index that page caches key on. Each update is published as an {@link Updated}
 * event.
 */
@Component
public class SiteSettings implements ApplicationEventPublisherAware {

	private volatile SiteInfo current = SiteInfo.DEFAULT;

	private final AtomicLong version = new AtomicLong();

	private ApplicationEventPublisher events;

	private volatile java.time.Instant updatedAt = java.time.Instant.EPOCH;

	@Override
	public void setApplicationEventPublisher(ApplicationEventPublisher events) {
		this.events = events;
	}

	public SiteInfo current() {
		return this.current;
	}

	/** Called after every index run: new site text, and a new version for page caches. */
	public void update(SiteInfo site) {
		this.current = site;
		this.updatedAt = java.time.Instant.now();
		long updated = this.version.incrementAndGet();
		if (this.events != null) {
			this.events.publishEvent(new Updated(updated));
		}
	}

	/** When this instance last took a new index (for {@code Last-Modified}). */
	public java.time.Instant updatedAt() {
		return this.updatedAt;
	}

	/** Changes whenever the index changes; page caches key on it. */
	public long version() {
		return this.version.get();
	}

	/**
	 * The index has changed.
	 *
	 * @param version the new {@link #version()}
	 */
	public record Updated(long version) {
	}

}
