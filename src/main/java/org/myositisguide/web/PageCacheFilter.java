package org.myositisguide.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves repeat requests for pages from memory ({@link PageCache}) when the copy is
 * current, so that they touch neither templates nor the database; otherwise renders the
 * page and keeps a successful one. A page that is now missing is forgotten. Every page
 * carries {@code Last-Modified}, and {@code If-Modified-Since} gets a 304 (an
 * {@code If-None-Match} is left to the ETag filter, which then takes precedence).
 */
class PageCacheFilter extends OncePerRequestFilter {

	/** Response header saying where a page came from: {@code hit} or {@code stale}. */
	static final String HEADER = "X-Page-Cache";

	private final PageCache cache;

	PageCacheFilter(PageCache cache) {
		this.cache = cache;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"GET".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		long lastModified = this.cache.lastModified();
		if (request.getHeader("If-None-Match") == null
				&& new ServletWebRequest(request, response).checkNotModified(lastModified)) {
			return;
		}
		response.setDateHeader("Last-Modified", lastModified);
		Optional<PageCache.Page> current = this.cache.current(request);
		if (current.isPresent()) {
			write(response, current.get(), "hit");
			return;
		}
		LocalDate day = this.cache.today();
		long version = this.cache.version();
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		int status = wrapper.getStatus();
		if (status == HttpServletResponse.SC_OK && wrapper.getContentType() != null
				&& wrapper.getHeader(HEADER) == null) {
			this.cache.put(request, new PageCache.Page(day, version == this.cache.version(), wrapper.getContentType(),
					wrapper.getContentAsByteArray()));
		}
		else if (status == HttpServletResponse.SC_NOT_FOUND || status == HttpServletResponse.SC_GONE
				|| status == HttpServletResponse.SC_MOVED_PERMANENTLY) {
			this.cache.remove(request);
		}
		wrapper.copyBodyToResponse();
	}

	/** Writes a kept page as the response. */
	static void write(HttpServletResponse response, PageCache.Page page, String source) throws IOException {
		response.setHeader(HEADER, source);
		response.setContentType(page.contentType());
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

}
