package org.myositisguide.web;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.myositisguide.catalog.SiteSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * When the database cannot be reached, a page that was rendered before is served from the
 * {@link PageCache} as it last was (header {@code X-Page-Cache: stale}), however old;
 * otherwise readers get a calm "try again soon" page (or a JSON error under
 * {@code /api/}) with status 503 and a {@code Retry-After}, never a stack trace.
 */
@ControllerAdvice
class DatabaseUnavailableAdvice {

	private static final Log logger = LogFactory.getLog(DatabaseUnavailableAdvice.class);

	private static final String RETRY_AFTER_SECONDS = "30";

	private final SiteSettings settings;

	private final ObjectProvider<PageCache> pages;

	/**
	 * @param pages the page cache (absent only in MVC slice tests)
	 */
	DatabaseUnavailableAdvice(SiteSettings settings, ObjectProvider<PageCache> pages) {
		this.settings = settings;
		this.pages = pages;
	}

	@ExceptionHandler({ DataAccessException.class, CannotCreateTransactionException.class })
	Object unavailable(HttpServletRequest request, HttpServletResponse response, RuntimeException ex) {
		PageCache cache = this.pages.getIfAvailable();
		Optional<PageCache.Page> stale = (cache != null) ? cache.latest(request) : Optional.empty();
		logger.warn("Database unavailable for " + request.getRequestURI() + ": " + ex.getMessage()
				+ (stale.isPresent() ? " (serving the last good copy)" : ""));
		if (stale.isPresent()) {
			return ResponseEntity.ok()
				.header(PageCacheFilter.HEADER, "stale")
				.contentType(MediaType.parseMediaType(stale.get().contentType()))
				.body(stale.get().body());
		}
		if (request.getRequestURI().startsWith("/api/")) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header("Retry-After", RETRY_AFTER_SECONDS)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("status", 503, "error", "Search is unavailable for a moment. Please try again soon."));
		}
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		ModelAndView page = new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
		page.addObject("site", this.settings.current());
		return page;
	}

}
