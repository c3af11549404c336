package org.myositisguide.meaning;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * How the nearest passages found by comparing signs first compare with the exact ones, on
 * the vectors stored in a benchmark database (run {@code bench/search.sh} first): for
 * each number of candidates compared exactly, the time per query (one thread) and the
 * share of the exact k nearest found, over the evaluation queries embedded by the site's
 * model. Numbers only.
 *
 * <pre>
 * NearestSearchBenchmark &lt;jdbc-url&gt; [model]
 * </pre> {@code -Dlimit=N} takes the first N passages only; {@code -Dcopies=N} adds N-1
 * copies of each vector with a little noise (a larger library for timing; the copies are
 * near their originals, which makes finding the exact nearest harder, not easier).
 */
public final class NearestSearchBenchmark {

	private NearestSearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String model = (args.length > 1) ? args[1] : "all-minilm-l6-v2-q";
		List<VectorSnapshot.Entry> entries = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(args[0]); PreparedStatement read = db.prepareStatement("""
				select p.article_id, p.position, p.hash, v.vector from passage p
				join passage_vector v on v.hash = p.hash and v.model = ? order by p.article_id, p.position
				limit ?""")) {
			read.setString(1, model);
			read.setInt(2, Integer.getInteger("limit", Integer.MAX_VALUE));
			read.setFetchSize(5000);
			try (ResultSet rows = read.executeQuery()) {
				while (rows.next()) {
					entries.add(new VectorSnapshot.Entry(rows.getLong(1), rows.getInt(2), rows.getString(3), 0,
							QuantizedVector.fromStored(rows.getBytes(4))));
				}
			}
		}
		int copies = Integer.getInteger("copies", 1);
		Random random = new Random(1);
		int original = entries.size();
		for (int c = 1; c < copies; c++) {
			for (int e = 0; e < original; e++) {
				float[] v = entries.get(e).vector().floats();
				for (int i = 0; i < v.length; i++) {
					v[i] += (float) (random.nextGaussian() * 0.02);
				}
				entries
					.add(new VectorSnapshot.Entry(c * 1_000_000L + e, 0, "c", 0, QuantizedVector.of(Embedder.unit(v))));
			}
		}
		long start = System.nanoTime();
		VectorSnapshot snapshot = new VectorSnapshot(entries, true);
		System.out.printf("%d passages; signs taken in %d ms%n", entries.size(),
				(System.nanoTime() - start) / 1_000_000);
		AllMiniLmL6V2QuantizedEmbeddingModel embedder = new AllMiniLmL6V2QuantizedEmbeddingModel();
		List<float[]> queries = new ArrayList<>();
		for (String file : List.of("search-sample.tsv", "search-heldout.tsv", "search-questions.tsv")) {
			for (String line : Files.readAllLines(Path.of("src/test/resources/search", file))) {
				if (!line.isBlank() && !line.startsWith("query\t")) {
					queries.add(Embedder.unit(embedder.embed(line.split("\t")[0]).content().vector()));
				}
			}
		}
		List<List<PassageMatch>> exact = new ArrayList<>();
		start = System.nanoTime();
		for (float[] query : queries) {
			exact.add(snapshot.exactNearest(query, 100, 0));
		}
		System.out.printf("exact: %.2f ms a query%n", (System.nanoTime() - start) / 1e6 / queries.size());
		for (int k : new int[] { 50 }) {
			for (int candidates : new int[] { 4000, 2000, 1000, 500 }) {
				for (int round = 0; round < 2; round++) {
					int found = 0;
					int foundTop10 = 0;
					start = System.nanoTime();
					for (int q = 0; q < queries.size(); q++) {
						List<PassageMatch> signs = snapshot.signNearest(queries.get(q), k, 0, candidates);
						double kth = exact.get(q).get(k - 1).score() - 1e-6;
						double tenth = exact.get(q).get(9).score() - 1e-6;
						for (int i = 0; i < signs.size(); i++) {
							found += (signs.get(i).score() >= kth) ? 1 : 0;
							foundTop10 += (i < 10 && signs.get(i).score() >= tenth) ? 1 : 0;
						}
					}
					double ms = (System.nanoTime() - start) / 1e6 / queries.size();
					if (round == 1) {
						System.out.printf(
								"signs, k %d, %d candidates: %.2f ms a query, recall@%d %.3f, of the 10 nearest %.3f%n",
								k, candidates, ms, k, found / (double) (k * queries.size()),
								foundTop10 / (10.0 * queries.size()));
					}
				}
			}
		}
	}

}
