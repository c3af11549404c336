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
 * carries {@code Last-Modified} ({@code If-Modified-Since} gets a 304) and
 * {@code Cache-Control: no-cache}; kept pages carry a strong ETag and are served
 * compressed once ({@link #write}).
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
		response.setHeader("Cache-Control", "no-cache");
		Optional<PageCache.Page> current = this.cache.current(request);
		if (current.isPresent()) {
			write(request, response, current.get(), "hit");
			return;
		}
		LocalDate day = this.cache.today();
		long version = this.cache.version();
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		int status = wrapper.getStatus();
		if (status == HttpServletResponse.SC_OK && wrapper.getContentType() != null
				&& wrapper.getHeader(HEADER) == null) {
			PageCache.Page page = PageCache.Page.of(day, version == this.cache.version(), wrapper.getContentType(),
					wrapper.getContentAsByteArray());
			this.cache.put(request, page);
			wrapper.resetBuffer();
			write(request, response, page, "miss");
			return;
		}
		else if (status == HttpServletResponse.SC_NOT_FOUND || status == HttpServletResponse.SC_GONE
				|| status == HttpServletResponse.SC_MOVED_PERMANENTLY) {
			this.cache.remove(request);
		}
		wrapper.copyBodyToResponse();
	}

	/**
	 * Writes a kept page as the response: its strong ETag (a matching
	 * {@code If-None-Match} gets a 304 with no body), and its bytes compressed once, when
	 * it was kept, for clients that accept gzip.
	 */
	static void write(HttpServletRequest request, HttpServletResponse response, PageCache.Page page, String source)
			throws IOException {
		response.setHeader(HEADER, source);
		response.setHeader("ETag", page.etag());
		String ifNoneMatch = request.getHeader("If-None-Match");
		if (ifNoneMatch != null && (ifNoneMatch.contains(page.etag()) || ifNoneMatch.strip().equals("*"))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType(page.contentType());
		response.addHeader("Vary", "Accept-Encoding");
		String accept = request.getHeader("Accept-Encoding");
		byte[] body = page.body();
		if (accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("gzip")) {
			response.setHeader("Content-Encoding", "gzip");
			body = page.gzipped();
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
