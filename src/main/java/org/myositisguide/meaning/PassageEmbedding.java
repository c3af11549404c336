package org.myositisguide.meaning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.myositisguide.catalog.IndexChange;
import org.myositisguide.content.Passage;
import org.myositisguide.settings.SiteProperties;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Embeds, in the background, every passage whose text has no vector yet, in batches, and
 * stores the vectors by text hash (so a restart or a one-file change embeds only what is
 * new). Runs after every index change; the site serves meanwhile, by words alone where
 * vectors are missing. Several instances may run at once: each takes the missing passages
 * in its own random order, and a vector stored twice is kept once.
 */
@Component
public class PassageEmbedding implements DisposableBean {

	private static final Log logger = LogFactory.getLog(PassageEmbedding.class);

	private static final Duration LOG_EVERY = Duration.ofSeconds(30);

	/**
	 * The passages that have a meaning of their own (SQL, passage {@code p}): a section
	 * made only of shared urgent cards has no words of its own and is never embedded or
	 * searched by meaning (its sign is found where the urgent-help guide lists it).
	 */
	static final String HAS_OWN_WORDS = "p.own_text <> ''";

	private final JdbcTemplate jdbc;

	private final Embedder embedder;

	private final int batch;

	private final boolean enabled;

	private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "passage-embedding");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		return thread;
	});

	private final AtomicBoolean wanted = new AtomicBoolean();

	private volatile Run run = new Run(0, 0, 0, null);

	/** After a failed run (say, the database was away), the next try waits this long. */
	private long retrySeconds = FIRST_RETRY_SECONDS;

	private static final long FIRST_RETRY_SECONDS = 5;

	private static final long MAX_RETRY_SECONDS = 300;

	PassageEmbedding(JdbcTemplate jdbc, Embedder embedder, SiteProperties properties) {
		this.jdbc = jdbc;
		this.embedder = embedder;
		this.batch = Math.max(1, properties.meaning().batch());
		this.enabled = properties.meaning().enabled();
		if (this.enabled) {
			request();
		}
	}

	/** The index changed: embed what is new, soon. */
	@EventListener
	void indexChanged(IndexChange change) {
		if (this.enabled) {
			request();
		}
	}

	private void request() {
		if (this.wanted.compareAndSet(false, true)) {
			this.worker.execute(this::embedMissing);
		}
	}

	/** The last (or current) run: passages it found missing and how many it embedded. */
	public Run lastRun() {
		return this.run;
	}

	private void embedMissing() {
		this.wanted.set(false);
		try {
			while (!this.embedder.ready()) {
				if (!this.embedder.state().equals("loading")) {
					return;
				}
				Thread.sleep(200);
			}
			List<String> missing = new ArrayList<>(this.jdbc.queryForList(
					"select distinct p.hash from passage p join article a on a.id = p.article_id where " + HAS_OWN_WORDS
							+ " and not exists (select 1 from passage_vector v where v.model = ? and v.hash = p.hash)",
					String.class, this.embedder.model()));
			if (missing.isEmpty()) {
				forgetUnused();
				this.retrySeconds = FIRST_RETRY_SECONDS;
				return;
			}
			Collections.shuffle(missing);
			long start = System.nanoTime();
			long logged = start;
			int done = 0;
			this.run = new Run(missing.size(), 0, 0, null);
			logger.info("Embedding " + missing.size() + " passages in the background");
			for (int from = 0; from < missing.size(); from += this.batch) {
				if (Thread.currentThread().isInterrupted()) {
					return;
				}
				List<String> hashes = missing.subList(from, Math.min(missing.size(), from + this.batch));
				done += embed(hashes);
				long now = System.nanoTime();
				double seconds = (now - start) / 1e9;
				this.run = new Run(missing.size(), done, seconds, null);
				if (now - logged >= LOG_EVERY.toNanos()) {
					logged = now;
					double rate = done / Math.max(seconds, 0.001);
					logger.info(String.format("Embedded %d of %d passages (%.0f%%), %.0f a second, about %d s left",
							done, missing.size(), 100.0 * done / missing.size(), rate,
							Math.round((missing.size() - done) / Math.max(rate, 0.001))));
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			logger.info(String.format("Embedded %d passages in %.1f s (%.0f a second)", done, seconds,
					done / Math.max(seconds, 0.001)));
			forgetUnused();
			this.retrySeconds = FIRST_RETRY_SECONDS;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			this.run = new Run(this.run.missing(), this.run.embedded(), this.run.seconds(), ex.getMessage());
			logger.warn("Embedding passages stopped (" + ex.getMessage() + "); trying again in " + this.retrySeconds
					+ " s");
			this.worker.schedule(this::request, this.retrySeconds, TimeUnit.SECONDS);
			this.retrySeconds = Math.min(MAX_RETRY_SECONDS, this.retrySeconds * 2);
		}
	}

	/** Embeds and stores one batch; returns how many it embedded. */
	private int embed(List<String> hashes) {
		List<String> texts = new ArrayList<>();
		List<String> found = new ArrayList<>();
		this.jdbc.query((con) -> {
			var ps = con.prepareStatement("""
					select distinct on (p.hash) p.hash, a.title, p.heading, p.own_text
					from passage p join article a on a.id = p.article_id
					where p.hash = any (?)
					  and not exists (select 1 from passage_vector v where v.model = ? and v.hash = p.hash)""");
			ps.setArray(1, con.createArrayOf("text", hashes.toArray()));
			ps.setString(2, this.embedder.model());
			return ps;
		}, (rs) -> {
			found.add(rs.getString(1));
			texts.add(Passage.embeddingText(rs.getString(2), rs.getString(3), rs.getString(4)));
		});
		if (found.isEmpty()) {
			return 0;
		}
		List<float[]> vectors = this.embedder.passages(texts);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			rows.add(new Object[] { this.embedder.model(), found.get(i), QuantizedVector.stored(vectors.get(i)) });
		}
		this.jdbc.batchUpdate(
				"insert into passage_vector (model, hash, vector) values (?, ?, ?) on conflict do nothing", rows);
		return found.size();
	}

	/** Vectors of texts no passage has any more (an article changed or was removed). */
	private void forgetUnused() {
		int forgotten = this.jdbc.update("delete from passage_vector v where not exists (select 1 from passage p "
				+ "where p.hash = v.hash and " + HAS_OWN_WORDS + ")");
		if (forgotten > 0) {
			logger.debug("Forgot " + forgotten + " vectors of passages that changed");
		}
	}

	@Override
	public void destroy() {
		this.worker.shutdownNow();
	}

	/**
	 * An embedding run.
	 *
	 * @param missing passages without a vector when it started
	 * @param embedded how many it has embedded
	 * @param seconds how long it has taken
	 * @param failure why it stopped early, or null
	 */
	public record Run(int missing, int embedded, double seconds, String failure) {
	}

}
