package org.myositisguide.meaning;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * How the nearest passages found through the HNSW graph compare with the exact ones, on
 * the vectors stored in a benchmark database (run {@code bench/search.sh} first): the
 * time to build the graph, then for each search beam the time per query (one thread) and
 * the share of the exact k nearest that the graph finds, over the evaluation queries
 * embedded by the site's model. Numbers only.
 *
 * <pre>
 * GraphSearchBenchmark &lt;jdbc-url&gt; [model]
 * </pre> {@code -Dlimit=N} takes the first N passages only (a quicker build).
 */
public final class GraphSearchBenchmark {

	private GraphSearchBenchmark() {
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
		long start = System.nanoTime();
		VectorSnapshot snapshot = new VectorSnapshot(entries, true);
		System.out.printf("%d passages; graph built in %d s%n", entries.size(),
				(System.nanoTime() - start) / 1_000_000_000);
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
		for (int k : new int[] { 100, 50 }) {
			for (int beam : new int[] { 100, 50, 25, 0 }) {
				for (int round = 0; round < 2; round++) {
					int found = 0;
					int foundTop10 = 0;
					double firstGap = 0;
					double tenthGap = 0;
					start = System.nanoTime();
					for (int q = 0; q < queries.size(); q++) {
						List<PassageMatch> graph = snapshot.graphNearest(queries.get(q), k, 0, beam);
						// Passages of the same text have the same vector: a found passage
						// counts
						// when it is as near as the exact k-th (ties are
						// interchangeable).
						double kth = exact.get(q).get(k - 1).score() - 1e-6;
						double tenth = exact.get(q).get(9).score() - 1e-6;
						firstGap += exact.get(q).get(0).score() - graph.get(0).score();
						tenthGap += exact.get(q).get(9).score() - graph.get(9).score();
						for (int i = 0; i < graph.size(); i++) {
							found += (graph.get(i).score() >= kth) ? 1 : 0;
							foundTop10 += (i < 10 && graph.get(i).score() >= tenth) ? 1 : 0;
						}
					}
					double ms = (System.nanoTime() - start) / 1e6 / queries.size();
					if (round == 1) {
						System.out.printf(
								"k %d, beam %d: %.2f ms a query, recall@%d %.3f, of the 10 nearest %.3f, similarity"
										+ " lost at the first %.4f and the tenth %.4f%n",
								k, beam, ms, k, found / (double) (k * queries.size()),
								foundTop10 / (10.0 * queries.size()), firstGap / queries.size(),
								tenthGap / queries.size());
					}
				}
			}
		}
	}

}
