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
		Score score = evaluate(Path.of("src/test/resources/search/search-sample.tsv"));
		assertThat(score.hitAt3()).as("hit@3 on the sample").isGreaterThanOrEqualTo(0.90);
	}

	@Test
	void heldOutQueriesFindTheRightArticles() throws IOException {
		Score score = evaluate(Path.of("src/test/resources/search/search-heldout.tsv"));
		assertThat(score.hitAt3()).as("hit@3 on the held-out set").isGreaterThanOrEqualTo(0.85);
	}

	private Score evaluate(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file).stream().skip(1).filter((l) -> !l.isBlank()).toList();
		double hits = 0;
		double reciprocal = 0;
		StringBuilder report = new StringBuilder();
		for (String line : lines) {
			String[] columns = line.split("\t");
			List<String> expected = columns[1].equals("-") ? List.of() : Arrays.asList(columns[1].split(","));
			List<String> found = this.search.search(columns[0], 1).results().stream().map(SearchHit::slug).toList();
			double rr;
			if (expected.isEmpty()) {
				rr = found.isEmpty() ? 1 : 0;
			}
			else {
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
		Score score = new Score(hits / lines.size(), reciprocal / lines.size());
		System.out.printf("%s%s: %d queries, hit@3 %.3f, MRR %.3f%n", report, file.getFileName(), lines.size(),
				score.hitAt3(), score.mrr());
		return score;
	}

	private record Score(double hitAt3, double mrr) {
	}

}
