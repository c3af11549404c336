package org.myositisguide.index;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings the index up to date with the content folder when the application starts (not
 * for commands such as {@code add-editor}, which set {@code site.index-on-start=false}).
 * An empty index (a first start) is built before the web server opens, so the first
 * reader never sees empty pages; an existing index keeps serving while it is brought up
 * to date just after the start.
 */
@Component
@ConditionalOnProperty(prefix = "site", name = "index-on-start", havingValue = "true", matchIfMissing = true)
class IndexOnStartup implements SmartInitializingSingleton, ApplicationRunner {

	private static final org.apache.commons.logging.Log logger = org.apache.commons.logging.LogFactory
		.getLog(IndexOnStartup.class);

	private final ContentIndexer indexer;

	private final JdbcTemplate jdbc;

	private boolean done;

	IndexOnStartup(ContentIndexer indexer, JdbcTemplate jdbc) {
		this.indexer = indexer;
		this.jdbc = jdbc;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Boolean empty = this.jdbc.queryForObject("select not exists (select 1 from article)", Boolean.class);
		if (Boolean.TRUE.equals(empty)) {
			this.indexer.reindex();
			this.done = true;
		}
	}

	/**
	 * An existing index serves at once; it is brought up to date in the background (only
	 * changed files are rendered again), and the change is announced when it commits.
	 */
	@Override
	public void run(ApplicationArguments args) {
		if (!this.done) {
			Thread reconcile = new Thread(() -> {
				try {
					this.indexer.reindex();
				}
				catch (RuntimeException ex) {
					logger.warn("Could not bring the index up to date at start: " + ex.getMessage());
				}
			}, "index-on-start");
			reconcile.setDaemon(true);
			reconcile.start();
		}
	}

}
