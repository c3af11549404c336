package org.myositisguide.meaning;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * Compares embedding models on search by meaning alone, over the passages of an indexed
 * database: for each query set, hit@3 and MRR of articles ranked by their nearest
 * passage, and how well the margin over the out-of-scope subjects separates in-scope from
 * off-topic queries (AUC). Numbers only.
 *
 * <pre>
 * ModelComparison &lt;jdbc-url&gt; &lt;model&gt;... -- &lt;set.tsv&gt;...
 * </pre> Each model's jar must be on the class path (its ONNX file and tokenizer are
 * found by the model's name). <pre>
 * </pre>
 */
public final class ModelComparison {

	private ModelComparison() {
	}

	record Text(String slug, String text) {
	}

	public static void main(String[] args) throws Exception {
		List<String> models = new ArrayList<>();
		List<String> sets = new ArrayList<>();
		boolean afterDash = false;
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals("--")) {
				afterDash = true;
			}
			else {
				(afterDash ? sets : models).add(args[i]);
			}
		}
		List<Text> passages = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(args[0]);
				ResultSet rows = db.createStatement()
					.executeQuery("select a.slug, a.title, p.heading, p.own_text from passage p"
							+ " join article a on a.id = p.article_id where " + PassageEmbedding.HAS_OWN_WORDS
							+ " order by a.slug, p.position")) {
			while (rows.next()) {
				passages.add(new Text(rows.getString(1), org.myositisguide.content.Passage
					.embeddingText(rows.getString(2), rows.getString(3), rows.getString(4))));
			}
		}
		List<String> outside = new ArrayList<>();
		try (InputStream in = ModelComparison.class.getResourceAsStream("/search/out-of-scope.txt")) {
			for (String line : new String(in.readAllBytes()).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					outside.add(line.strip());
				}
			}
		}
		System.out.printf("%d passages, %d out-of-scope subjects%n", passages.size(), outside.size());
		for (String model : models) {
			// Models trained for retrieval with an instruction (bge) pool by the first
			// token and want the instruction before a query.
			boolean bge = model.startsWith("bge-");
			String queryPrefix = bge ? "Represent this sentence for searching relevant passages: " : "";
			OrtEnvironment env = OrtEnvironment.getEnvironment();
			OrtSession.SessionOptions options = new OrtSession.SessionOptions();
			options.setIntraOpNumThreads(2);
			OnnxBertBiEncoder bert;
			try (InputStream onnx = AbstractInProcessEmbeddingModel.class.getClassLoader()
				.getResourceAsStream(model + ".onnx");
					InputStream tokenizer = AbstractInProcessEmbeddingModel.class.getClassLoader()
						.getResourceAsStream(model + "-tokenizer.json")) {
				bert = new OnnxBertBiEncoder(env, env.createSession(onnx.readAllBytes(), options), tokenizer,
						bge ? PoolingMode.CLS : PoolingMode.MEAN);
			}
			AbstractInProcessEmbeddingModel encoder = new AbstractInProcessEmbeddingModel(null) {
				@Override
				protected OnnxBertBiEncoder model() {
					return bert;
				}

				@Override
				protected Integer knownDimension() {
					return 384;
				}
			};
			long start = System.nanoTime();
			List<float[]> vectors = new ArrayList<>();
			for (Text passage : passages) {
				vectors.add(Embedder.unit(encoder.embed(passage.text()).content().vector()));
			}
			double perPassage = (System.nanoTime() - start) / 1e6 / passages.size();
			List<float[]> outsideVectors = new ArrayList<>();
			for (String subject : outside) {
				outsideVectors.add(Embedder.unit(encoder.embed(subject).content().vector()));
			}
			System.out.printf("%s: %.1f ms a passage%n", model, perPassage);
			for (String set : sets) {
				if (set.startsWith("q:")) {
					float[] q = Embedder.unit(encoder.embed(queryPrefix + set.substring(2)).content().vector());
					List<Integer> order = new ArrayList<>();
					for (int i = 0; i < passages.size(); i++) {
						order.add(i);
					}
					order.sort((a, b) -> Double.compare(dot(q, vectors.get(b)), dot(q, vectors.get(a))));
					System.out.println(set);
					for (int i = 0; i < 8; i++) {
						Text p = passages.get(order.get(i));
						System.out.printf("  %.3f %-35s %s%n", dot(q, vectors.get(order.get(i))), p.slug(),
								p.text().substring(0, Math.min(110, p.text().length())));
					}
					List<Integer> others = new ArrayList<>();
					for (int i = 0; i < outside.size(); i++) {
						others.add(i);
					}
					others.sort((a, b) -> Double.compare(dot(q, outsideVectors.get(b)), dot(q, outsideVectors.get(a))));
					for (int i = 0; i < 3; i++) {
						System.out.printf("  not covered %.3f %s%n", dot(q, outsideVectors.get(others.get(i))),
								outside.get(others.get(i)));
					}
					continue;
				}
				int inScope = 0;
				int hits = 0;
				double reciprocal = 0;
				List<Double> inMargins = new ArrayList<>();
				List<Double> offMargins = new ArrayList<>();
				List<Double> inBest = new ArrayList<>();
				List<Double> offBest = new ArrayList<>();
				long queryTime = 0;
				int queries = 0;
				for (String line : Files.readAllLines(Path.of(set))) {
					String[] cols = line.split("\t");
					if (line.isBlank() || cols[0].equals("query")) {
						continue;
					}
					long t = System.nanoTime();
					float[] q0 = Embedder.unit(encoder.embed(queryPrefix + cols[0]).content().vector());
					queryTime += System.nanoTime() - t;
					String strip = System.getenv("STRIP");
					if (strip != null) {
						String stripped = cols[0].toLowerCase().replaceAll(strip, " ").replaceAll("\\s+", " ").strip();
						if (stripped.equals(cols[0].toLowerCase().strip()) || stripped.split(" ").length < 2) {
							if (System.getenv("ONLY") != null) {
								continue;
							}
						}
						else {
							float[] s2 = Embedder.unit(encoder.embed(queryPrefix + stripped).content().vector());
							double w = Double.parseDouble(System.getenv().getOrDefault("W", "1"));
							for (int d = 0; d < q0.length; d++) {
								q0[d] = (float) ((1 - w) * q0[d] + w * s2[d]);
							}
						}
					}
					float[] q = Embedder.unit(q0);
					queries++;
					Map<String, Double> best = new HashMap<>();
					for (int i = 0; i < passages.size(); i++) {
						best.merge(passages.get(i).slug(), dot(q, vectors.get(i)), Math::max);
					}
					double top = best.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
					double out = outsideVectors.stream().mapToDouble((v) -> dot(q, v)).max().orElse(0);
					List<String> ranked = best.entrySet()
						.stream()
						.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
						.map(Map.Entry::getKey)
						.toList();
					if (cols[1].equals("-")) {
						offMargins.add(top - out);
						offBest.add(top);
					}
					else {
						inScope++;
						inMargins.add(top - out);
						inBest.add(top);
						List<String> expected = Arrays.asList(cols[1].split(","));
						for (int r = 0; r < ranked.size(); r++) {
							if (expected.contains(ranked.get(r))) {
								if (r < 3) {
									hits++;
								}
								reciprocal += 1.0 / (r + 1);
								break;
							}
						}
					}
				}
				System.out.printf(
						"  %-40s hit@3 %.3f MRR %.3f | AUC margin %.3f, best %.3f | in best p10 %.3f, off best p90 %.3f | %.1f ms a query%n",
						Path.of(set).getFileName(), hits / (double) inScope, reciprocal / inScope,
						auc(inMargins, offMargins), auc(inBest, offBest), pct(inBest, 0.1), pct(offBest, 0.9),
						queryTime / 1e6 / queries);
			}
		}
	}

	static double pct(List<Double> values, double p) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
	}

	static double auc(List<Double> positive, List<Double> negative) {
		if (positive.isEmpty() || negative.isEmpty()) {
			return Double.NaN;
		}
		double wins = 0;
		for (double p : positive) {
			for (double n : negative) {
				wins += (p > n) ? 1 : (p == n) ? 0.5 : 0;
			}
		}
		return wins / positive.size() / negative.size();
	}

	static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

}
