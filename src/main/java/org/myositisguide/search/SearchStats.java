package org.myositisguide.search;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts searches privately, to learn from the ones that failed: per week and normalised
 * query text only (no address, no cookie, no user), how often it was searched, found
 * nothing, or needed a spelling correction. Counted in memory and written every minute in
 * one batch, so searching never waits for it.
 */
@Component
public class SearchStats implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(SearchStats.class);

	static final int MAX_QUERY = 100;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Map<Key, AtomicIntegerArray> pending = new ConcurrentHashMap<>();

	private volatile boolean running;

	SearchStats(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records one search: whether it found nothing and whether a correction was offered.
	 */
	void record(String query, long total, boolean corrected) {
		String text = normalize(query);
		if (text.isEmpty()) {
			return;
		}
		AtomicIntegerArray counts = this.pending.computeIfAbsent(new Key(week(), text),
				(k) -> new AtomicIntegerArray(3));
		counts.incrementAndGet(0);
		if (total == 0) {
			counts.incrementAndGet(1);
		}
		if (corrected) {
			counts.incrementAndGet(2);
		}
	}

	/** Writes what was counted since the last flush. */
	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	public void flush() {
		if (this.pending.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>();
		for (Key key : List.copyOf(this.pending.keySet())) {
			AtomicIntegerArray counts = this.pending.remove(key);
			if (counts != null) {
				rows.add(new Object[] { key.week(), key.query(), counts.get(0), counts.get(1), counts.get(2) });
			}
		}
		try {
			this.jdbc.batchUpdate("""
					insert into search_stat (week, query, searches, zero_results, corrected) values (?, ?, ?, ?, ?)
					on conflict (week, query) do update set searches = search_stat.searches + excluded.searches,
					  zero_results = search_stat.zero_results + excluded.zero_results,
					  corrected = search_stat.corrected + excluded.corrected""", rows);
		}
		catch (RuntimeException ex) {
			logger.warn("Search counts not written (" + ex.getMessage() + "); " + rows.size() + " dropped");
		}
	}

	/** This week's and last week's queries that found nothing or needed correcting. */
	public List<Row> failed(int limit) {
		return this.jdbc.query("""
				select query, sum(searches) as searches, sum(zero_results) as zero_results, sum(corrected) as corrected
				from search_stat where week >= ? and (zero_results > 0 or corrected > 0)
				group by query order by sum(zero_results) desc, sum(corrected) desc, query limit ?""",
				(rs, i) -> new Row(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)), week().minusWeeks(1),
				limit);
	}

	private LocalDate week() {
		return LocalDate.now(this.clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	static String normalize(String query) {
		String text = PlainWords.of(query);
		return (text.length() > MAX_QUERY) ? text.substring(0, MAX_QUERY).strip() : text;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		flush();
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private record Key(LocalDate week, String query) {
	}

	/** A query with its counts over the last two weeks. */
	public record Row(String query, int searches, int zeroResults, int corrected) {
	}

}
