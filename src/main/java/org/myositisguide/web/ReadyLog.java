package org.myositisguide.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.myositisguide.catalog.SiteSettings;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says in the log, once the site is ready, the address to open.
 */
@Component
class ReadyLog {

	private static final Log logger = LogFactory.getLog(ReadyLog.class);

	private final SiteSettings site;

	ReadyLog(SiteSettings site) {
		this.site = site;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			logger.info(this.site.current().name() + " is ready: open http://localhost:" + web.getWebServer().getPort()
					+ "/ (editors: /editor)");
		}
	}

}
