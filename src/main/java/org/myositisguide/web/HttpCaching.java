package org.myositisguide.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * HTTP caching of pages: rendered pages kept in memory ({@link PageCacheFilter}) with a
 * strong ETag over their bytes, so a browser or proxy revalidating with
 * {@code If-None-Match} gets a 304 with no body, and {@code Cache-Control: no-cache} so
 * that readers always see the current review dates. Static assets are fingerprinted and
 * cached for a year (see {@code spring.web.resources.*}).
 */
@Configuration(proxyBeanMethods = false)
class HttpCaching {

	private static final String[] PAGES = { "/", "/articles/*", "/tags", "/tags/*", "/glossary", "/glossary/*", "/body",
			"/body/*", "/sitemap.xml", "/feed.atom" };

	/** Rendered pages from memory, with their ETags. */
	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache pages) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(pages));
		registration.addUrlPatterns(PAGES);
		registration.setName("pageCache");
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

}
