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
import java.util.concurrent.Executors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.myositisguide.settings.SiteProperties;
import org.myositisguide.catalog.Articles;
import org.myositisguide.catalog.GlossaryTerms;
import org.myositisguide.catalog.IndexChange;
import org.myositisguide.catalog.IndexState;
import org.myositisguide.catalog.Topics;
import org.myositisguide.content.SiteUrls;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the rendered pages current, so that they are ready before readers ask and can be
 * served while the database is unreachable. Soon after the server starts
 * ({@code site.page-cache.warm-delay}), renders the public pages (home, topics, glossary,
 * feed and sitemap, each topic, articles newest first, then glossary terms; at most
 * {@code site.page-cache.warm-limit}); on each index change, marks the pages it touches
 * as out of date in the {@link PageCache} and renders exactly those again (all of them
 * again only when the change touches everything). Rendering is a request to our own
 * server over loopback, in the background; a newer change stops an older refresh.
 */
@Component
class PageWarmer implements DisposableBean {

	private static final Log logger = LogFactory.getLog(PageWarmer.class);

	private final PageCache cache;

	private final IndexState state;

	private final Articles articles;

	private final Topics topics;

	private final GlossaryTerms glossary;

	private final Clock clock;

	private final int limit;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final java.time.Duration delay;

	private final java.util.concurrent.ScheduledExecutorService executor = Executors
		.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "page-warmer");
			thread.setDaemon(true);
			return thread;
		});

	private volatile URI server;

	private volatile long warmedVersion = -1;

	PageWarmer(PageCache cache, IndexState state, Articles articles, Topics topics, GlossaryTerms glossary, Clock clock,
			SiteProperties properties) {
		this.cache = cache;
		this.state = state;
		this.articles = articles;
		this.topics = topics;
		this.glossary = glossary;
		this.clock = clock;
		this.limit = properties.pageCache().warmLimit();
		this.delay = properties.pageCache().warmDelay();
	}

	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() == null) {
			this.server = URI.create("http://127.0.0.1:" + event.getWebServer().getPort());
			long version = this.state.version();
			if (this.limit > 0 && version > 0) {
				this.executor.schedule(() -> warm(version, null), this.delay.toMillis(),
						java.util.concurrent.TimeUnit.MILLISECONDS);
			}
		}
	}

	@EventListener
	void indexChanged(IndexChange change) {
		List<String> touched = this.cache.invalidate(change);
		if (this.limit > 0 && this.server != null) {
			this.executor.execute(() -> warm(change.version(), change.everything() ? null : touched));
		}
	}

	/** The index version whose pages were all requested; -1 before the first. */
	long warmedVersion() {
		return this.warmedVersion;
	}

	/**
	 * Renders pages of an index version: the given ones, or all public pages (up to the
	 * limit) when null.
	 */
	private void warm(long version, List<String> only) {
		if (this.state.version() != version) {
			return;
		}
		long start = System.nanoTime();
		List<String> paths;
		try {
			paths = (only != null) ? only : paths();
		}
		catch (RuntimeException ex) {
			logger.warn("Cannot list the pages to render ahead of readers: " + ex.getMessage());
			return;
		}
		int rendered = 0;
		for (String path : paths.subList(0, Math.min(paths.size(), this.limit))) {
			if (this.state.version() != version || this.executor.isShutdown()) {
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
		if (only == null || logger.isDebugEnabled()) {
			logger.info("Rendered " + rendered + " of " + paths.size() + " pages ahead of readers in "
					+ Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
		}
	}

	private List<String> paths() {
		List<String> paths = new ArrayList<>(List.of("/", "/tags", "/glossary", "/feed.atom", "/sitemap.xml"));
		this.topics.all().forEach((topic) -> paths.add(SiteUrls.topic(topic.slug())));
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
