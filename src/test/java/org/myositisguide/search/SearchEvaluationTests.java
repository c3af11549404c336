package org.myositisguide.search;

import org.myositisguide.support.ShippedSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs query sets (query, expected slugs or "-" for none) through the search service over
 * the shipped content and reports hit@3 and mean reciprocal rank.
 */
class SearchEvaluationTests extends ShippedSite {

	@Autowired
	private SearchService search;

	@Test
	void sampleQueriesFindTheRightArticles() throws IOException {
		meetsTheBar(evaluate(Path.of("src/test/resources/search/search-sample.tsv")), 0);
	}

	@Test
	void heldOutQueriesFindTheRightArticles() throws IOException {
		meetsTheBar(evaluate(Path.of("src/test/resources/search/search-heldout.tsv")), 0);
	}

	@Test
	void questionsInReadersOwnWordsFindTheRightArticles() throws IOException {
		meetsTheBar(evaluate(Path.of("src/test/resources/search/search-questions.tsv")), 1);
	}

	/**
	 * A set kept out of the repository (written by someone who has seen neither the
	 * search code nor the public sets), scored when
	 * {@code -Dsearch.eval.extra=<file.tsv>} is given: it prints the same report and the
	 * figures, and asserts nothing, so that a set can be measured once without being
	 * tuned to.
	 */
	@Test
	@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "search.eval.extra", matches = ".+")
	void aSetKeptAsideIsScoredWhenGiven() throws IOException {
		for (String file : System.getProperty("search.eval.extra").split(",")) {
			Score score = evaluate(Path.of(file));
			System.out.println("kept aside " + file + ": " + score);
		}
	}

	/**
	 * The bar of the search issue: hit@3 at least 0.95 and MRR at least 0.85 on every
	 * set; no off-topic query with results. In-scope queries with no results: none on the
	 * sample and held-out sets; on the questions set one of 72 still gets none (an
	 * everyday image, "purple eyeshadow" for the eyelid rash, that the vocabulary and the
	 * model both miss), and this keeps it from growing.
	 */
	private static void meetsTheBar(Score score, int emptyAllowed) {
		assertThat(score.hitAt3()).as("hit@3").isGreaterThanOrEqualTo(0.95);
		assertThat(score.mrr()).as("MRR").isGreaterThanOrEqualTo(0.85);
		assertThat(score.emptyInScope()).as("in-scope queries with no results").isLessThanOrEqualTo(emptyAllowed);
		assertThat(score.offTopicWithResults()).as("off-topic queries with results").isZero();
	}

	private Score evaluate(Path file) throws IOException {
		// A header line ("query<TAB>expected...") is skipped; sets written elsewhere may
		// have none.
		List<String> lines = Files.readAllLines(file)
			.stream()
			.filter((l) -> !l.isBlank() && !l.startsWith("query\t"))
			.toList();
		double hits = 0;
		double reciprocal = 0;
		int empty = 0;
		int offTopic = 0;
		StringBuilder report = new StringBuilder();
		for (String line : lines) {
			String[] columns = line.split("\t");
			List<String> expected = columns[1].equals("-") ? List.of() : Arrays.asList(columns[1].split(","));
			List<String> found = this.search.search(columns[0], 1).results().stream().map(SearchHit::slug).toList();
			double rr;
			if (expected.isEmpty()) {
				rr = found.isEmpty() ? 1 : 0;
				offTopic += found.isEmpty() ? 0 : 1;
			}
			else {
				empty += found.isEmpty() ? 1 : 0;
				int rank = 0;
				for (int i = 0; i < found.size(); i++) {
					if (expected.contains(found.get(i))) {
						rank = i + 1;
						break;
					}
				}
				rr = (rank == 0) ? 0 : 1.0 / rank;
			}
			boolean hit = expected.isEmpty() ? found.isEmpty() : rr >= 1.0 / 3;
			hits += hit ? 1 : 0;
			reciprocal += rr;
			report.append(String.format("%s %-60s -> %s%n", hit ? "ok  " : "MISS", columns[0],
					found.subList(0, Math.min(3, found.size()))));
		}
		Score score = new Score(hits / lines.size(), reciprocal / lines.size(), empty, offTopic);
		System.out.printf(
				"%s%s: %d queries, hit@3 %.3f, MRR %.3f, in-scope with no results %d, off-topic with results %d%n",
				report, file.getFileName(), lines.size(), score.hitAt3(), score.mrr(), empty, offTopic);
		return score;
	}

	private record Score(double hitAt3, double mrr, int emptyInScope, int offTopicWithResults) {
	}

}
