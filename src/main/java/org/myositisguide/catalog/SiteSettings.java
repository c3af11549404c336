package org.myositisguide.catalog;

import org.myositisguide.content.SiteInfo;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
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

	private volatile SiteInfo current = SiteInfo.DEFAULT;

	SiteSettings(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public SiteInfo current() {
		return this.current;
	}

	/** The site text as stored, for the index writer. */
	public String toJson(SiteInfo site) {
		return this.json.writeValueAsString(site);
	}

	@EventListener
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
			.ifPresent((stored) -> this.current = this.json.readValue(stored, SiteInfo.class));
	}

}
