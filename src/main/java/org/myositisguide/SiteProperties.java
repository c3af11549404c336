package org.myositisguide;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the site in one place, bound from {@code site.*}.
 *
 * @param contentDir the content folder (front matter + Markdown), {@code content} by
 * default, relative to the working directory
 * @param tagPageSize articles listed per page on a tag page
 * @param embeddedDb the embedded PostgreSQL started when no datasource URL is set
 */
@ConfigurationProperties("site")
public record SiteProperties(@DefaultValue("content") Path contentDir, @DefaultValue("20") int tagPageSize,
		@DefaultValue EmbeddedDb embeddedDb) {

	/**
	 * @param dataDir where the embedded server keeps its data; empty means
	 * {@code ~/.myositis-guide/pgdata}
	 * @param port TCP port on 127.0.0.1; 0 picks a free one
	 */
	public record EmbeddedDb(@DefaultValue("") String dataDir, @DefaultValue("0") int port) {

		public Path resolvedDataDir() {
			if (this.dataDir.isBlank()) {
				return Path.of(System.getProperty("user.home"), ".myositis-guide", "pgdata");
			}
			return Path.of(this.dataDir);
		}

	}

}
