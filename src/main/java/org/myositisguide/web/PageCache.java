package org.myositisguide.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import org.myositisguide.settings.SiteProperties;
import org.myositisguide.catalog.IndexChange;
import org.myositisguide.catalog.IndexState;

import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

/**
 * The rendered bytes of successful pages, one copy per URL, with the day it was rendered
 * for. A copy is <em>current</em> until an index change touches its page (only the pages
 * a change touches: the changed articles, their topics, and the lists that show them) or
 * the day ends (so a scheduled article appears on its day). A copy that is no longer
 * current is still the last good page, which {@link DatabaseUnavailableAdvice} serves
 * while the database cannot be reached. Bounded by bytes (Caffeine, size-based eviction);
 * errors are never stored.
 */
@Component
class PageCache {

	/** Paths that list articles, so any change of articles may change them. */
	private static final Set<String> LISTS = Set.of("/", "/tags", "/feed.atom", "/sitemap.xml", "/body", "/print",
			"/search", "/robots.txt");

	private final Cache<String, Page> pages;

	private final IndexState state;

	private final Clock clock;

	PageCache(IndexState state, Clock clock, SiteProperties properties) {
		this.state = state;
		this.clock = clock;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.pageCache().maxSize().toBytes())
			.weigher((String url, Page page) -> url.length() + page.body().length + page.gzipped().length)
			.build();
	}

	/**
	 * When the pages last changed, to the second: the newer of the index's last change
	 * and the start of today (scheduled articles appear at midnight).
	 */
	long lastModified() {
		long midnight = LocalDate.now(this.clock).atStartOfDay(this.clock.getZone()).toInstant().toEpochMilli();
		long index = this.state.changedAt().toEpochMilli();
		return (Math.max(midnight, index) / 1000) * 1000;
	}

	/**
	 * The version of the index pages are rendered from now; a page rendered while it
	 * changed is kept, but not as current.
	 */
	long version() {
		return this.state.version();
	}

	/** The day a page rendered now is rendered for. */
	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The current copy of a request's page, if any. */
	Optional<Page> current(HttpServletRequest request) {
		LocalDate today = today();
		return latest(request).filter((page) -> page.current() && page.day().equals(today));
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

	/**
	 * Marks the pages an index change touches as no longer current (keeping them as last
	 * good copies); returns their URLs.
	 */
	List<String> invalidate(IndexChange change) {
		List<String> touched = new ArrayList<>();
		for (Map.Entry<String, Page> entry : this.pages.asMap().entrySet()) {
			if (entry.getValue().current() && touches(change, entry.getKey())) {
				this.pages.asMap().computeIfPresent(entry.getKey(), (url, page) -> page.stale());
				touched.add(entry.getKey());
			}
		}
		return touched;
	}

	/** Whether a change may change the page at a URL. */
	static boolean touches(IndexChange change, String url) {
		if (change.everything()) {
			return true;
		}
		String path = url.replaceAll("[?#].*$", "");
		String[] parts = path.split("/");
		String section = (parts.length > 1) ? parts[1] : "";
		String slug = (parts.length > 2) ? parts[2] : null;
		if (LISTS.contains(path) || section.equals("body") || section.equals("search") || section.equals("api")) {
			return !change.articles().isEmpty() || !change.topics().isEmpty();
		}
		return switch (section) {
			case "articles" -> slug != null && change.articles().contains(slug);
			case "tags" -> slug != null && change.topics().contains(slug);
			case "about" -> change.pages().contains((slug != null) ? slug : "about");
			case "glossary", "offline" -> false;
			default -> true;
		};
	}

	private static String url(HttpServletRequest request) {
		String query = request.getQueryString();
		return (query != null) ? request.getRequestURI() + "?" + query : request.getRequestURI();
	}

	/**
	 * A rendered page, current or kept as the last good copy, with what serving it needs
	 * made once: its strong ETag and its gzip-compressed bytes.
	 */
	record Page(LocalDate day, boolean current, String contentType, byte[] body, String etag, byte[] gzipped) {

		static Page of(LocalDate day, boolean current, String contentType, byte[] body) {
			return new Page(day, current, contentType, body, "\"0" + DigestUtils.md5DigestAsHex(body) + "\"",
					gzip(body));
		}

		Page stale() {
			return new Page(this.day, false, this.contentType, this.body, this.etag, this.gzipped);
		}

		private static byte[] gzip(byte[] body) {
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length / 3 + 64);
			try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
				gzip.write(body);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			return out.toByteArray();
		}

	}

}
