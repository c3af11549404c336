package org.myositisguide.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.myositisguide.catalog.SiteSettings;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves repeat requests for pages from memory: the rendered bytes of a successful page,
 * keyed by URL, index version and date (so a scheduled article appears on its day). A new
 * index version makes every entry unreachable at once; errors are never cached. Bounded
 * in entries and age (Caffeine).
 */
class PageCacheFilter extends OncePerRequestFilter {

	private static final int MAX_ENTRIES = 5_000;

	private final Cache<String, Page> cache = Caffeine.newBuilder()
		.maximumSize(MAX_ENTRIES)
		.expireAfterWrite(Duration.ofHours(1))
		.build();

	private final SiteSettings site;

	private final Clock clock;

	PageCacheFilter(SiteSettings site, Clock clock) {
		this.site = site;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"GET".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		String key = this.site.version() + "|" + LocalDate.now(this.clock) + "|" + request.getRequestURI() + "?"
				+ request.getQueryString();
		Page cached = this.cache.getIfPresent(key);
		if (cached != null) {
			response.setHeader("X-Page-Cache", "hit");
			response.setContentType(cached.contentType());
			response.setContentLength(cached.body().length);
			response.getOutputStream().write(cached.body());
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (wrapper.getStatus() == HttpServletResponse.SC_OK && wrapper.getContentType() != null) {
			this.cache.put(key, new Page(wrapper.getContentType(), wrapper.getContentAsByteArray()));
		}
		wrapper.copyBodyToResponse();
	}

	/** A rendered page. */
	private record Page(String contentType, byte[] body) {
	}

}
