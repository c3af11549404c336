package org.myositisguide.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import org.myositisguide.SiteProperties;
import org.myositisguide.catalog.SiteSettings;

import org.springframework.stereotype.Component;

/**
 * The rendered bytes of successful pages, one copy per URL, stamped with the index
 * version and the date it was rendered for. A copy is <em>current</em> while both still
 * hold (a new index run or a new day makes it out of date at once, so a scheduled article
 * appears on its day); an out-of-date copy is still the last good page, which
 * {@link DatabaseUnavailableAdvice} serves while the database cannot be reached. Bounded
 * by bytes (Caffeine, size-based eviction); errors are never stored.
 */
@Component
class PageCache {

	private final Cache<String, Page> pages;

	private final SiteSettings site;

	private final Clock clock;

	PageCache(SiteSettings site, Clock clock, SiteProperties properties) {
		this.site = site;
		this.clock = clock;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.pageCache().maxSize().toBytes())
			.weigher((String url, Page page) -> url.length() + page.body().length)
			.build();
	}

	/** What a page rendered now would be stamped with. */
	/**
	 * When the pages last changed, to the second: the newer of the index's last change
	 * and the start of today (scheduled articles appear at midnight).
	 */
	long lastModified() {
		long midnight = LocalDate.now(this.clock).atStartOfDay(this.clock.getZone()).toInstant().toEpochMilli();
		long index = this.site.updatedAt().toEpochMilli();
		return (Math.max(midnight, index) / 1000) * 1000;
	}

	Stamp stamp() {
		return new Stamp(this.site.version(), LocalDate.now(this.clock));
	}

	/** The copy of a request's page rendered for this index version and day, if any. */
	Optional<Page> current(HttpServletRequest request) {
		Stamp now = stamp();
		return latest(request).filter((page) -> page.stamp().equals(now));
	}

	/** The last good copy of a request's page, however old. */
	Optional<Page> latest(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.pages.getIfPresent(url(request)));
	}

	void put(HttpServletRequest request, Page page) {
		this.pages.put(url(request), page);
	}

	/** Forgets a page that no longer exists. */
	void remove(HttpServletRequest request) {
		this.pages.invalidate(url(request));
	}

	private static String url(HttpServletRequest request) {
		String query = request.getQueryString();
		return (query != null) ? request.getRequestURI() + "?" + query : request.getRequestURI();
	}

	/** The index version and the day a page was rendered for. */
	record Stamp(long version, LocalDate day) {
	}

	/** A rendered page. */
	record Page(Stamp stamp, String contentType, byte[] body) {
	}

}
