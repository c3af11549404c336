package org.myositisguide.settings;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every setting of the site in one place, bound from {@code site.*}.
 *
 * @param contentDir the content folder (front matter + Markdown), {@code content} by
 * default, relative to the working directory
 * @param tagPageSize articles listed per page on a tag page
 * @param embeddedDb the embedded PostgreSQL started when no datasource URL is set
 * @param search search settings
 * @param watch re-index automatically when a file in the content folder changes
 * @param pageCache rendered pages kept in memory
 * @param meaning search by meaning (passage embeddings)
 * @param baseUrl the address readers use, such as {@code https://myositis.example.org}
 * (environment {@code SITE_BASE_URL}); when set it wins over {@code base-url} in
 * {@code content/site.yml}, for canonical links, the feed, the sitemap, structured data
 * and printed sheets
 * @param contentRemote a git remote (URL or path of a bare repository) holding the
 * content (environment {@code SITE_CONTENT_REMOTE}); when set, the content folder is a
 * working copy of it: cloned when empty, fetched at start, before saves and on every
 * poll, and every browser save is a commit pushed to it. Empty: a plain folder, for one
 * instance
 * @param contentBranch the branch of the remote that holds the content
 * @param contentPoll how often an instance fetches the remote for commits pushed from
 * elsewhere (saves on other instances are announced at once)
 */
@ConfigurationProperties("site")
public record SiteProperties(@DefaultValue("content") Path contentDir, @DefaultValue("20") int tagPageSize,
		@DefaultValue EmbeddedDb embeddedDb, @DefaultValue Search search, @DefaultValue("true") boolean watch,
		@DefaultValue PageCache pageCache, @DefaultValue Meaning meaning, @DefaultValue("") String baseUrl,
		@DefaultValue("") String contentRemote, @DefaultValue("main") String contentBranch,
		@DefaultValue("30s") java.time.Duration contentPoll) {

	public SiteProperties {
		if (!baseUrl.isBlank() && !baseUrl.strip().matches("https?://[^\\s/]+(/\\S*)?")) {
			throw new IllegalArgumentException("site.base-url (SITE_BASE_URL) '" + baseUrl
					+ "' is not an http(s) address such as https://myositis.example.org");
		}
	}

	/**
	 * @param enabled whether search uses the embedding model at all (off: lexical search
	 * alone, as when the model cannot load)
	 * @param exactLimit up to this many passages, the nearest are found by comparing the
	 * query with every passage; above it, by comparing signs first, then the nearest by
	 * them exactly (faster from a few thousand passages)
	 * @param batch passages embedded and stored per batch
	 * @param threads threads the model may use for one batch of passages (0: half the
	 * processors, at least one), so that readers keep the rest
	 * @param model the embedding model: the name of its ONNX file and tokenizer on the
	 * class path ({@code <model>.onnx}, {@code <model>-tokenizer.json}), stored with each
	 * vector
	 */
	public record Meaning(@DefaultValue("true") boolean enabled, @DefaultValue("5000") int exactLimit,
			@DefaultValue("32") int batch, @DefaultValue("0") int threads,
			@DefaultValue("all-minilm-l6-v2-q") String model) {

		public int embeddingThreads() {
			return (this.threads > 0) ? this.threads : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
		}

	}

	/**
	 * @param pageSize results per page
	 * @param maxQueryLength longer queries are cut to this many characters
	 * @param minCoverage share (0 to 1) of a query's weight an article must match to be
	 * listed: the relevance floor
	 * @param cacheSize result pages kept in memory per index version (0 turns the cache
	 * off, e.g. to measure the uncached path)
	 * @param concurrency searches computed at once (0: one per processor); the rest wait
	 * their turn, first come first served
	 * @param queueTimeout how long a search waits for its turn before the reader gets the
	 * "try again soon" answer
	 */
	public record Search(@DefaultValue("10") int pageSize, @DefaultValue("200") int maxQueryLength,
			@DefaultValue("0.5") double minCoverage, @DefaultValue("2000") int cacheSize,
			@DefaultValue("0") int concurrency, @DefaultValue("5s") java.time.Duration queueTimeout) {

		/** How many searches may be computed at once. */
		public int permits() {
			return (this.concurrency > 0) ? this.concurrency : Runtime.getRuntime().availableProcessors();
		}

	}

	/**
	 * @param maxSize memory for rendered pages (their bytes); the least useful go first
	 * @param warmDelay how long after the server starts the public pages are rendered (so
	 * that the first readers do not wait behind them)
	 * @param warmLimit after every index run, this many public pages (home, topics,
	 * glossary, then articles newest first, then glossary terms) are rendered ahead of
	 * readers, so that they can be served even while the database is unreachable; 0 turns
	 * this off
	 */
	public record PageCache(@DefaultValue("64MB") DataSize maxSize, @DefaultValue("500") int warmLimit,
			@DefaultValue("10s") java.time.Duration warmDelay) {
	}

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
