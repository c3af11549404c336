package org.myositisguide.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the evaluation queries to a running site's {@code /api/search} from several
 * clients at once and reports p50/p99 latency and throughput. Loopback only. Usage:
 * {@code SearchBenchmark <base-url> [clients] [requests-per-client]}.
 */
public final class SearchBenchmark {

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1")) {
			throw new IllegalArgumentException("benchmarks only target this machine");
		}
		int clients = (args.length > 1) ? Integer.parseInt(args[1]) : 8;
		int perClient = (args.length > 2) ? Integer.parseInt(args[2]) : 200;
		List<String> queries = new ArrayList<>();
		for (String file : List.of("search-sample.tsv", "search-heldout.tsv")) {
			Files.readAllLines(Path.of("src/test/resources/search", file))
				.stream()
				.skip(1)
				.filter((l) -> !l.isBlank())
				.forEach((l) -> queries.add(l.split("\t")[0]));
		}
		HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
		run(http, base, queries, clients, Math.max(1, perClient / 10), false);
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger errors = new AtomicInteger();
		long start = System.nanoTime();
		errors.addAndGet(run(http, base, queries, clients, perClient, true, latencies));
		double seconds = (System.nanoTime() - start) / 1e9;
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf(
				"search: %d requests, %d clients, %d errors, %.0f req/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				sorted.size(), clients, errors.get(), sorted.size() / seconds, percentile(sorted, 0.50),
				percentile(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
		System.exit(0);
	}

	private static int run(HttpClient http, String base, List<String> queries, int clients, int perClient,
			boolean measure, List<Long> latencies) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<Integer>> results = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int offset = c * 7;
			results.add(pool.submit(() -> {
				int errors = 0;
				for (int i = 0; i < perClient; i++) {
					String query = queries.get((offset + i) % queries.size());
					HttpRequest request = HttpRequest
						.newBuilder(
								URI.create(base + "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
						.build();
					long t = System.nanoTime();
					HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
					long took = System.nanoTime() - t;
					if (response.statusCode() != 200) {
						errors++;
					}
					if (measure) {
						latencies.add(took);
					}
				}
				return errors;
			}));
		}
		int errors = 0;
		for (Future<Integer> result : results) {
			errors += result.get();
		}
		pool.shutdown();
		return errors;
	}

	private static int run(HttpClient http, String base, List<String> queries, int clients, int perClient,
			boolean measure) throws Exception {
		return run(http, base, queries, clients, perClient, measure, new ArrayList<>());
	}

	private static double percentile(List<Long> sorted, double p) {
		return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
	}

}
