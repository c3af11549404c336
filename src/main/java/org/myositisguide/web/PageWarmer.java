package org.myositisguide.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.myositisguide.SiteProperties;
import org.myositisguide.catalog.Articles;
import org.myositisguide.catalog.GlossaryTerms;
import org.myositisguide.catalog.SiteSettings;
import org.myositisguide.catalog.Topics;
import org.myositisguide.content.SiteUrls;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a warm copy of the rendered site: after every index run, requests the public
 * pages (home, topics, glossary, feed and sitemap, each topic, articles newest first,
 * then glossary terms; at most {@code site.page-cache.warm-limit}) from our own server
 * over loopback, in the background, so that the {@link PageCache} holds them before any
 * reader asks, and they can be served while the database is unreachable. A newer index
 * run stops an older warm-up.
 */
@Component
class PageWarmer implements DisposableBean {

	private static final Log logger = LogFactory.getLog(PageWarmer.class);

	private final SiteSettings site;

	private final Articles articles;

	private final Topics tags;

	private final GlossaryTerms glossary;

	private final Clock clock;

	private final int limit;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "page-warmer");
		thread.setDaemon(true);
		return thread;
	});

	private volatile URI server;

	private volatile long warmedVersion = -1;

	PageWarmer(SiteSettings site, Articles articles, Topics tags, GlossaryTerms glossary, Clock clock,
			SiteProperties properties) {
		this.site = site;
		this.articles = articles;
		this.tags = tags;
		this.glossary = glossary;
		this.clock = clock;
		this.limit = properties.pageCache().warmLimit();
	}

	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() == null) {
			this.server = URI.create("http://127.0.0.1:" + event.getWebServer().getPort());
			long version = this.site.version();
			if (this.limit > 0 && version > 0 && version != this.warmedVersion) {
				// The index was built before the server opened (a first start).
				this.executor.execute(() -> warm(version));
			}
		}
	}

	@EventListener
	void indexUpdated(SiteSettings.Updated event) {
		if (this.limit > 0 && this.server != null) {
			this.executor.execute(() -> warm(event.version()));
		}
	}

	/** The index version whose pages were all requested; -1 before the first. */
	long warmedVersion() {
		return this.warmedVersion;
	}

	private void warm(long version) {
		if (this.site.version() != version) {
			return;
		}
		long start = System.nanoTime();
		List<String> paths;
		try {
			paths = paths();
		}
		catch (RuntimeException ex) {
			logger.warn("Cannot list the pages to render ahead of readers: " + ex.getMessage());
			return;
		}
		int rendered = 0;
		for (String path : paths.subList(0, Math.min(paths.size(), this.limit))) {
			if (this.site.version() != version || this.executor.isShutdown()) {
				return;
			}
			try {
				HttpResponse<Void> response = this.http.send(
						HttpRequest.newBuilder(this.server.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
						HttpResponse.BodyHandlers.discarding());
				rendered += (response.statusCode() == 200) ? 1 : 0;
			}
			catch (IOException ex) {
				logger.warn("Stopped rendering pages ahead of readers at " + path + ": " + ex);
				return;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		this.warmedVersion = version;
		logger.info("Rendered " + rendered + " of " + paths.size() + " public pages ahead of readers in "
				+ Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
	}

	private List<String> paths() {
		List<String> paths = new ArrayList<>(List.of("/", "/tags", "/glossary", "/feed.atom", "/sitemap.xml"));
		this.tags.all().forEach((tag) -> paths.add(SiteUrls.topic(tag.slug())));
		this.articles.listing(LocalDate.now(this.clock))
			.forEach((article) -> paths.add(SiteUrls.article(article.slug())));
		this.glossary.all().forEach((term) -> paths.add(SiteUrls.glossary(term.slug())));
		return paths;
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
