package org.myositisguide.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends the evaluation queries (sample and held-out) to a running site's
 * {@code /api/search} from several clients at once (each sends its next query when the
 * last answer has arrived) and reports throughput and p50/p90/p99 latency, after a
 * warm-up (a minute of the same load, {@code -DwarmUpSeconds=N}) that lets the JIT
 * compile the search path. With a JDBC URL it also runs, in the same way and the same
 * run, the naive search the issue describes ({@code ts_rank_cd} over the whole weighted
 * vector, {@code ORDER BY rank LIMIT 10}) straight against the database, and reports the
 * site's figures as ratios of that baseline. Loopback only.
 *
 * <pre>
 * SearchBenchmark &lt;base-url&gt; [clients] [requests-per-client] [jdbc-url]
 * </pre>
 *
 * The result cache should be off on the site ({@code --site.search.cache-size=0}), or the
 * repeated queries measure the cache.
 */
public final class SearchBenchmark {

	private static final String NAIVE = """
			select a.article_id from article_search a
			where (a.search_title @@ websearch_to_tsquery('mg_english', ?) or a.search_rank @@ websearch_to_tsquery(
			  'mg_english', ?) or a.search_body @@ websearch_to_tsquery('mg_english', ?))
			order by ts_rank_cd(a.search_title || a.search_rank || a.search_body,
			  websearch_to_tsquery('mg_english', ?)) desc limit 10""";

	private static final long WARM_UP_SECONDS = Long.getLong("warmUpSeconds", 60);

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1")) {
			throw new IllegalArgumentException("benchmarks only target this machine");
		}
		int clients = (args.length > 1) ? Integer.parseInt(args[1]) : 8;
		int perClient = (args.length > 2) ? Integer.parseInt(args[2]) : 400;
		String jdbc = (args.length > 3) ? args[3] : null;
		List<String> evaluation = new ArrayList<>();
		for (String file : List.of("search-sample.tsv", "search-heldout.tsv", "search-questions.tsv")) {
			Files.readAllLines(Path.of("src/test/resources/search", file))
				.stream()
				.skip(1)
				.filter((l) -> !l.isBlank())
				.forEach((l) -> evaluation.add(l.split("\t")[0]));
		}
		List<String> queries = Boolean.getBoolean("mixed") ? mixed(evaluation, 50_000) : evaluation;
		Client site = (query) -> get(base + "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		// Until the JIT has compiled the search path (on two cores that takes about a
		// minute of
		// load) latency measures the compiler, not the site.
		long warmUntil = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
		while (System.nanoTime() < warmUntil) {
			run("warm-up", site, queries, clients, perClient);
		}
		Result result = run("search", site, queries, clients, perClient);
		if (jdbc != null) {
			int naiveRequests = Math.max(queries.size() / clients, perClient / 10);
			run("naive SQL warm-up", naiveClient(jdbc), queries, clients, Math.max(1, naiveRequests / 4));
			Result naive = run("naive SQL", naiveClient(jdbc), queries, clients, naiveRequests);
			System.out.printf("site / naive SQL: throughput x%.2f, p50 x%.2f, p99 x%.2f%n",
					result.perSecond() / naive.perSecond(), result.p50() / naive.p50(), result.p99() / naive.p99());
		}
		System.exit(0);
	}

	/**
	 * Queries that are all different: two to five words drawn from the evaluation
	 * queries' words (a fixed seed, so runs compare). Neither a result cache nor repeated
	 * ranking work can help; words still repeat, as they do in real searches.
	 */
	private static List<String> mixed(List<String> queries, int count) {
		List<String> words = queries.stream().flatMap((q) -> List.of(q.split("\\s+")).stream()).distinct().toList();
		java.util.Random random = new java.util.Random(42);
		java.util.Set<String> mixed = new java.util.LinkedHashSet<>();
		while (mixed.size() < count) {
			int n = 2 + random.nextInt(4);
			StringBuilder query = new StringBuilder();
			for (int i = 0; i < n; i++) {
				query.append((i > 0) ? " " : "").append(words.get(random.nextInt(words.size())));
			}
			mixed.add(query.toString());
		}
		return List.copyOf(mixed);
	}

	/** One request; returns whether it succeeded. */
	private interface Client {

		boolean send(String query) throws Exception;

	}

	private static boolean get(String url) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
		int status = connection.getResponseCode();
		try (InputStream body = (status < 400) ? connection.getInputStream() : connection.getErrorStream()) {
			if (body != null) {
				body.readAllBytes();
			}
		}
		return status == 200;
	}

	/** The naive search, one connection per client thread. */
	private static Client naiveClient(String url) {
		ThreadLocal<PreparedStatement> statements = ThreadLocal.withInitial(() -> {
			try {
				Connection connection = DriverManager.getConnection(url);
				return connection.prepareStatement(NAIVE);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
		return (query) -> {
			PreparedStatement statement = statements.get();
			for (int i = 1; i <= 4; i++) {
				statement.setString(i, query);
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					rows.getLong(1);
				}
			}
			return true;
		};
	}

	private static Result run(String name, Client client, List<String> queries, int clients, int perClient)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<List<long[]>>> futures = new ArrayList<>();
		long start = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			int offset = c * 7;
			futures.add(pool.submit(() -> {
				List<long[]> timings = new ArrayList<>();
				for (int i = 0; i < perClient; i++) {
					int q = (offset + i) % queries.size();
					long t = System.nanoTime();
					boolean ok = client.send(queries.get(q));
					timings.add(new long[] { q, System.nanoTime() - t, ok ? 0 : 1 });
				}
				return timings;
			}));
		}
		List<long[]> all = new ArrayList<>();
		for (Future<List<long[]>> future : futures) {
			all.addAll(future.get());
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		List<Long> sorted = new ArrayList<>(all.stream().map((t) -> t[1]).toList());
		Collections.sort(sorted);
		long errors = all.stream().filter((t) -> t[2] != 0).count();
		Result result = new Result(sorted.size() / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99));
		System.out.printf(
				"%s: %d requests, %d clients, %d errors, %.0f req/s, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				name, sorted.size(), clients, errors, result.perSecond(), result.p50(), percentile(sorted, 0.90),
				result.p99(), sorted.get(sorted.size() - 1) / 1e6);
		if (!name.endsWith("warm-up") && !Boolean.getBoolean("mixed")) {
			slowest(all, queries);
		}
		return result;
	}

	/** The queries with the highest median latency, to show where the time goes. */
	private static void slowest(List<long[]> timings, List<String> queries) {
		Map<Integer, List<Long>> byQuery = new HashMap<>();
		timings.forEach((t) -> byQuery.computeIfAbsent((int) t[0], (k) -> new ArrayList<>()).add(t[1]));
		byQuery.values().forEach(Collections::sort);
		byQuery.entrySet()
			.stream()
			.sorted(Comparator.comparingDouble((Map.Entry<Integer, List<Long>> e) -> percentile(e.getValue(), 0.5))
				.reversed())
			.limit(3)
			.forEach((e) -> System.out.printf("  slowest median: %.1f ms  %s%n", percentile(e.getValue(), 0.5),
					queries.get(e.getKey())));
	}

	private static double percentile(List<Long> sorted, double p) {
		return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
	}

	private record Result(double perSecond, double p50, double p99) {
	}

}
