package org.myositisguide.meaning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.myositisguide.catalog.IndexChange;
import org.myositisguide.settings.SiteProperties;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one owner of this instance's passage vectors in memory. After every index change it
 * reads which passages are public (and from when), takes their vectors from PostgreSQL
 * (only those it does not hold yet), and swaps in a new {@link VectorSnapshot}; while
 * some public passages have no vector yet (being embedded, here or by another instance),
 * it looks for new vectors every few seconds. Searches read the current snapshot and
 * never wait for this work.
 */
@Component
public class PassageVectors implements DisposableBean {

	private static final Log logger = LogFactory.getLog(PassageVectors.class);

	private static final long POLL_SECONDS = 2;

	/**
	 * A large library's snapshot is built again only after this many seconds, or when the
	 * vectors waiting for it are this share of those in it, so that a library being
	 * embedded is not copied every few seconds.
	 */
	private static final long REBUILD_SECONDS = 60;

	private static final double REBUILD_SHARE = 0.1;

	private static final int CHUNK = 2000;

	private final JdbcTemplate jdbc;

	private final int exactLimit;

	private final boolean enabled;

	private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "passage-vectors");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean reloadWanted = new AtomicBoolean();

	private volatile VectorSnapshot snapshot = VectorSnapshot.EMPTY;

	private volatile Progress progress = new Progress(-1, 0, false, false);

	// Owned by the worker thread.
	private List<Row> rows = List.of();

	private final Map<String, QuantizedVector> known = new HashMap<>();

	private long lastVectorId;

	private long lastBuild;

	private int waiting;

	private final Embedder embedder;

	private final SimilarArticles similar;

	PassageVectors(JdbcTemplate jdbc, SiteProperties properties, Embedder embedder, SimilarArticles similar) {
		this.jdbc = jdbc;
		this.embedder = embedder;
		this.similar = similar;
		this.exactLimit = properties.meaning().exactLimit();
		this.enabled = properties.meaning().enabled();
		if (this.enabled) {
			this.reloadWanted.set(true);
			this.worker.execute(this::reload);
			this.worker.scheduleWithFixedDelay(this::poll, POLL_SECONDS, POLL_SECONDS, TimeUnit.SECONDS);
		}
	}

	/** The public passages nearest a unit query vector on a day. */
	public List<PassageMatch> nearest(float[] query, int k, LocalDate day) {
		return this.snapshot.nearest(query, k, (int) day.toEpochDay());
	}

	/** How many public passages there are, and how many of them can be searched. */
	public Progress progress() {
		return this.progress;
	}

	/** The index changed: read the passages again (on the worker, soon). */
	@EventListener
	void indexChanged(IndexChange change) {
		if (this.enabled && this.reloadWanted.compareAndSet(false, true)) {
			this.worker.execute(this::reload);
		}
	}

	private void reload() {
		this.reloadWanted.set(false);
		try {
			List<Row> read = this.jdbc
				.query("select p.article_id, p.position, p.hash, a.visible_from - date '1970-01-01' "
						+ "from passage p join article a on a.id = p.article_id where a.visible_from is not null and "
						+ PassageEmbedding.HAS_OWN_WORDS + " order by p.article_id, p.position",
						(rs, i) -> new Row(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4)));
			if (read.equals(this.rows) && readNewVectors() == 0 && this.progress.passages() >= 0) {
				return; // a change that left every passage as it was (a related list, a
						// page)
			}
			this.rows = read;
			Set<String> wanted = new HashSet<>();
			this.rows.forEach((row) -> wanted.add(row.hash()));
			this.known.keySet().retainAll(wanted);
			readNewVectors();
			List<String> unknown = wanted.stream().filter((hash) -> !this.known.containsKey(hash)).toList();
			for (int from = 0; from < unknown.size(); from += CHUNK) {
				List<String> chunk = unknown.subList(from, Math.min(unknown.size(), from + CHUNK));
				this.jdbc.query((con) -> {
					var ps = con.prepareStatement(
							"select hash, vector from passage_vector where model = ? " + "and hash = any (?)");
					ps.setString(1, this.embedder.model());
					ps.setArray(2, con.createArrayOf("text", chunk.toArray()));
					return ps;
				}, (rs) -> {
					this.known.put(rs.getString(1), QuantizedVector.fromStored(rs.getBytes(2)));
				});
			}
			build(true);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not read passage vectors (" + ex.getMessage() + "); will try again");
			this.reloadWanted.set(true);
		}
	}

	/**
	 * Reads vectors added since the last look, a chunk at a time (the driver holds a
	 * whole result in memory, and a large library's vectors would not fit beside the
	 * rest); returns how many.
	 */
	private int readNewVectors() {
		int added = 0;
		int read;
		do {
			int[] count = { 0 };
			this.jdbc.query(
					"select id, hash, vector from passage_vector where model = ? and id > ? order by id limit ?",
					(rs) -> {
						this.lastVectorId = Math.max(this.lastVectorId, rs.getLong(1));
						this.known.put(rs.getString(2), QuantizedVector.fromStored(rs.getBytes(3)));
						count[0]++;
					}, this.embedder.model(), this.lastVectorId, CHUNK);
			read = count[0];
			added += read;
		}
		while (read == CHUNK);
		return added;
	}

	private void poll() {
		try {
			if (this.reloadWanted.get()) {
				reload();
				return;
			}
			if (this.progress.complete() && this.waiting == 0) {
				return;
			}
			if (readNewVectors() > 0 || this.waiting > 0) {
				build(false);
			}
		}
		catch (RuntimeException ex) {
			logger.debug("Could not look for new passage vectors: " + ex.getMessage());
		}
	}

	/**
	 * Builds a snapshot of the passages with vectors. A large library's is built again at
	 * once after an index change, otherwise only now and then (new vectors wait
	 * meanwhile).
	 */
	private void build(boolean indexChanged) {
		List<VectorSnapshot.Entry> entries = new ArrayList<>();
		for (Row row : this.rows) {
			QuantizedVector vector = this.known.get(row.hash());
			if (vector != null) {
				entries.add(new VectorSnapshot.Entry(row.articleId(), row.position(), row.hash(), row.visibleFrom(),
						vector));
			}
		}
		boolean approximate = entries.size() > this.exactLimit;
		if (approximate && !indexChanged) {
			int current = this.snapshot.size();
			long since = System.nanoTime() - this.lastBuild;
			boolean due = entries.size() == this.rows.size()
					|| entries.size() - current >= REBUILD_SHARE * Math.max(current, 1)
					|| since >= TimeUnit.SECONDS.toNanos(REBUILD_SECONDS);
			if (!due) {
				this.waiting = entries.size() - current;
				return;
			}
		}
		long start = System.nanoTime();
		VectorSnapshot built = new VectorSnapshot(entries, approximate);
		this.snapshot = built;
		this.lastBuild = System.nanoTime();
		this.waiting = 0;
		this.progress = new Progress(this.rows.size(), entries.size(), approximate, false);
		if (approximate || entries.size() == this.rows.size()) {
			logger.info("Search by meaning covers " + entries.size() + " of " + this.rows.size() + " passages"
					+ (approximate ? " (signs taken in " + (this.lastBuild - start) / 1_000_000 + " ms)" : ""));
		}
		if (entries.size() == this.rows.size()) {
			this.similar.update(built);
			this.progress = new Progress(this.rows.size(), entries.size(), approximate, true);
		}
	}

	@Override
	public void destroy() {
		this.worker.shutdownNow();
	}

	/** A public passage, as the index lists it. */
	private record Row(long articleId, int position, String hash, int visibleFrom) {
	}

	/**
	 * How far search by meaning reaches.
	 *
	 * @param passages public passages in the index (-1 before they were first read)
	 * @param searchable those with a vector in the snapshot searches use
	 * @param approximate whether that snapshot's searches compare signs first (a large
	 * library)
	 * @param related whether related lists have taken the articles near in meaning of
	 * that snapshot into account
	 */
	public record Progress(int passages, int searchable, boolean approximate, boolean related) {

		/** Whether every public passage can be found by meaning. */
		public boolean complete() {
			return this.passages >= 0 && this.searchable >= this.passages;
		}

	}

}
