package org.myositisguide.index;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.myositisguide.settings.SiteProperties;
import org.myositisguide.catalog.IndexChange;
import org.myositisguide.catalog.IndexState;
import org.myositisguide.catalog.SiteSettings;
import org.myositisguide.content.ContentLoader;
import org.myositisguide.content.ContentSnapshot;
import org.myositisguide.content.Problem;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the content folder and writes it into the index in one transaction: changed
 * articles, tags, glossary, synonyms, problems, then the related-article lists. A file
 * with errors keeps its last good version in the index.
 */
@Service
public class ContentIndexer {

	private static final Log logger = LogFactory.getLog(ContentIndexer.class);

	private final ContentLoader loader;

	private final SiteProperties properties;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final IndexWriter writer;

	private final SiteSettings siteSettings;

	private final IndexState state;

	private volatile java.time.Instant lastRunStarted = java.time.Instant.EPOCH;

	/**
	 * When the last index run began: it saw every file written before then (a change the
	 * file watcher reports later, for a file no newer than that, is already indexed).
	 */
	public java.time.Instant lastRunStarted() {
		return this.lastRunStarted;
	}

	/** The advisory lock that lets only one instance write the index at a time. */
	static final long INDEX_LOCK = 0x6D67_696E_6465_78L;

	private final ObjectProvider<ContentVersion> versions;

	public ContentIndexer(SiteProperties properties, JdbcTemplate jdbc, TransactionTemplate transactions,
			SiteSettings siteSettings, IndexState state, ContentLoader loader,
			ObjectProvider<ContentVersion> versions) {
		this.versions = versions;
		this.loader = loader;
		this.properties = properties;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.writer = new IndexWriter(jdbc);
		this.siteSettings = siteSettings;
		this.state = state;
	}

	/**
	 * Indexes the whole content folder, rendering only what changed. Instances sharing a
	 * database take turns (a PostgreSQL advisory lock held for the run's transaction). A
	 * run that changed something ends with one announcement of the change: a
	 * {@code NOTIFY} that every instance hears when it commits ({@link IndexEvents}), and
	 * this instance takes it at once ({@link IndexState}). A run that changed nothing
	 * announces nothing.
	 */
	public synchronized IndexReport reindex() {
		this.lastRunStarted = java.time.Instant.now();
		long start = System.nanoTime();
		ContentVersion version = this.versions.getIfAvailable();
		Run run = this.transactions.execute((status) -> {
			this.jdbc.queryForList("select pg_advisory_xact_lock(?)", Object.class, INDEX_LOCK);
			String commit = null;
			if (version != null) {
				commit = version.head();
				String indexed = this.jdbc.queryForObject("select content_commit from index_state where id = 1",
						String.class);
				if (indexed != null && !version.contains(commit, indexed)) {
					logger.warn("Not indexing " + this.properties.contentDir() + ": its commit " + commit
							+ " is older than the index's (" + indexed + "); fetch from the content remote first");
					return null;
				}
			}
			Map<String, String> indexed = new HashMap<>();
			this.jdbc.query("select slug, source_hash from article", (rs) -> {
				indexed.put(rs.getString(1), rs.getString(2));
			});
			ContentSnapshot snapshot = this.loader.load(this.properties.contentDir(), indexed);
			if (logger.isDebugEnabled()) {
				logger.debug("Loaded and rendered content in " + (System.nanoTime() - start) / 1_000_000 + " ms");
			}
			IndexChange change = this.writer.write(snapshot, this.siteSettings.toJson(snapshot.site()));
			if (commit != null) {
				this.jdbc.update("update index_state set content_commit = ? where id = 1", commit);
			}
			if (!change.isEmpty()) {
				this.jdbc.queryForList("select pg_notify(?, ?)", Object.class, IndexEvents.CHANNEL,
						IndexEvents.payload(change));
			}
			return new Run(snapshot, (int) snapshot.articles().stream().filter((a) -> a.rendered() != null).count(),
					change);
		});
		if (run == null) {
			return new IndexReport(0, 0, 0, 0, 1, 0, Duration.ofNanos(System.nanoTime() - start));
		}
		ContentSnapshot snapshot = run.snapshot();
		this.state.apply(run.change());
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		for (Problem problem : snapshot.problems()) {
			if (problem.isError()) {
				logger.warn(problem);
			}
			else {
				logger.info(problem);
			}
		}
		IndexReport report = new IndexReport(snapshot.articles().size(), run.rendered(), snapshot.tags().size(),
				snapshot.glossary().size(), snapshot.errorCount(), snapshot.warningCount(), took);
		logger.info("Indexed " + this.properties.contentDir() + ": " + report);
		return report;
	}

	/**
	 * Announces that what pages show of some articles changed outside the content files
	 * (a clinical review was recorded), so that every instance renders them again.
	 */
	public void announceArticles(java.util.Set<String> slugs) {
		IndexChange change = this.transactions.execute((status) -> {
			Long version = this.jdbc.queryForObject(
					"update index_state set version = version + 1 where id = 1 returning version", Long.class);
			IndexChange announced = new IndexChange(version, false, java.util.Set.copyOf(slugs), java.util.Set.of(),
					java.util.Set.of());
			this.jdbc.queryForList("select pg_notify(?, ?)", Object.class, IndexEvents.CHANNEL,
					IndexEvents.payload(announced));
			return announced;
		});
		this.state.apply(change);
	}

	/**
	 * Stores which articles are near each other in meaning and computes related lists
	 * again, in turn with index runs; announces the articles whose related list changed.
	 */
	public synchronized void writeSimilar(java.util.List<ArticleSimilarity> similar) {
		IndexChange change = this.transactions.execute((status) -> {
			this.jdbc.queryForList("select pg_advisory_xact_lock(?)", Object.class, INDEX_LOCK);
			IndexChange written = this.writer.writeSimilar(similar);
			if (!written.isEmpty()) {
				this.jdbc.queryForList("select pg_notify(?, ?)", Object.class, IndexEvents.CHANNEL,
						IndexEvents.payload(written));
			}
			return written;
		});
		if (!change.isEmpty()) {
			logger.info("Related lists of "
					+ (change.everything() ? "every article" : change.articles().size() + " articles")
					+ " changed with articles near in meaning");
		}
		this.state.apply(change);
	}

	private record Run(ContentSnapshot snapshot, int rendered, IndexChange change) {
	}

	/** What one index run did. */
	public record IndexReport(int articles, int rendered, int tags, int glossaryTerms, long errors, long warnings,
			Duration took) {
	}

}
