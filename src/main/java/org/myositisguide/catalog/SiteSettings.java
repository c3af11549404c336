package org.myositisguide.catalog;

import org.myositisguide.content.SiteInfo;
import org.myositisguide.settings.SiteProperties;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The site-wide text of the index ({@code content/site.yml} as the last index run stored
 * it), held in memory so that every page, error pages included, can show it without a
 * query. Read again when an index change may have changed it.
 */
@Component
public class SiteSettings {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	/** How long to wait before trying the database again after a failed first read. */
	private static final long RETRY_NANOS = 5_000_000_000L;

	private volatile SiteInfo current = SiteInfo.DEFAULT;

	/**
	 * Whether the stored text was read once: until then, every page would show the
	 * default.
	 */
	private volatile boolean loaded;

	private volatile long nextAttempt = System.nanoTime();

	/**
	 * The configured base URL ({@code site.base-url}), or empty for the one in site.yml.
	 */
	private final String baseUrl;

	SiteSettings(JdbcClient jdbc, JsonMapper json, SiteProperties properties) {
		this.jdbc = jdbc;
		this.json = json;
		this.baseUrl = properties.baseUrl().strip();
		if (!this.baseUrl.isEmpty()) {
			this.current = SiteInfo.DEFAULT.withBaseUrl(this.baseUrl);
		}
	}

	/**
	 * The site text. The first call reads what the index stored (a restart with unchanged
	 * content writes nothing new, so no index change would bring it); while the database
	 * cannot be read, the default text, and another try a few seconds later.
	 */
	public SiteInfo current() {
		if (!this.loaded && System.nanoTime() - this.nextAttempt >= 0) {
			firstLoad();
		}
		return this.current;
	}

	private synchronized void firstLoad() {
		if (this.loaded) {
			return;
		}
		try {
			reload();
		}
		catch (DataAccessException ex) {
			this.nextAttempt = System.nanoTime() + RETRY_NANOS;
		}
	}

	/** The site text as stored, for the index writer. */
	public String toJson(SiteInfo site) {
		return this.json.writeValueAsString(site);
	}

	/**
	 * Runs before other listeners of the change (the page cache and its warmer), so that
	 * no page of the new index version is rendered with the old site text.
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void indexChanged(IndexChange change) {
		if (change.everything()) {
			reload();
		}
	}

	/** Reads the stored site text; keeps the current one if there is none yet. */
	public void reload() {
		this.jdbc.sql("select site::text from index_state where id = 1 and site is not null")
			.query(String.class)
			.optional()
			.ifPresent((stored) -> {
				SiteInfo site = this.json.readValue(stored, SiteInfo.class);
				this.current = this.baseUrl.isEmpty() ? site : site.withBaseUrl(this.baseUrl);
			});
		this.loaded = true;
	}

}
