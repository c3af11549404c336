package org.myositisguide.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * HTTP caching of pages: rendered pages kept in memory per index version and day
 * ({@link PageCacheFilter}), a strong ETag over the page bytes (Spring's
 * {@link ShallowEtagHeaderFilter}), so a browser or proxy revalidating with
 * {@code If-None-Match} gets a 304 with no body, and {@code Cache-Control: no-cache} so
 * that readers always see the current review dates. Static assets are fingerprinted and
 * cached for a year (see {@code spring.web.resources.*}).
 */
@Configuration(proxyBeanMethods = false)
class HttpCaching {

	private static final String[] PAGES = { "/", "/articles/*", "/tags", "/tags/*", "/glossary", "/glossary/*", "/body",
			"/body/*", "/sitemap.xml", "/feed.atom" };

	/** Rendered pages from memory; runs inside the ETag filter, so hits get ETags too. */
	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache pages) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(pages));
		registration.addUrlPatterns(PAGES);
		registration.setName("pageCache");
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> pageEtags() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				response.setHeader("Cache-Control", "no-cache");
				super.doFilterInternal(request, response, chain);
			}

		};
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(PAGES);
		registration.setName("pageEtags");
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
	}

}
