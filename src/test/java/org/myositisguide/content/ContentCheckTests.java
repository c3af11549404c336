package org.myositisguide.content;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentCheckTests {

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	private int check(String folder) {
		return ContentCheck.run(new String[] { "check", folder },
				new PrintStream(this.output, true, StandardCharsets.UTF_8), java.time.LocalDate.of(2026, 11, 1));
	}

	@Test
	void aCleanFolderPassesWithAReportAndSummary() {
		assertThat(check("src/test/resources/fixtures/content")).isZero();
		assertThat(this.output.toString(StandardCharsets.UTF_8)).contains("alpha")
			.contains(
					"4 articles, 3 topics, 1 glossary terms, 0 urgent signs, 0 pages, 2 synonym groups; 0 errors, 0 warnings");
	}

	@Test
	void aFolderWithErrorsFailsAndPrintsEachProblemWithFileAndLine() {
		assertThat(check("src/test/resources/fixtures/broken")).isEqualTo(1);
		assertThat(this.output.toString(StandardCharsets.UTF_8))
			.contains("src/test/resources/fixtures/broken/articles/bad-things.md:5: error: 'published' is not a "
					+ "valid date");
	}

	@Test
	void remindsOfReviewsDueWithinThirtyDaysOnTheGivenDay() {
		ContentCheck.run(new String[] { "check", "src/test/resources/fixtures/content" },
				new PrintStream(this.output, true, StandardCharsets.UTF_8), java.time.LocalDate.of(2027, 9, 20));
		assertThat(this.output.toString(StandardCharsets.UTF_8))
			.contains("alpha.md:1: warning: medical review due on 2027-10-01 (in 11 days)");
	}

}
