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
				new PrintStream(this.output, true, StandardCharsets.UTF_8));
	}

	@Test
	void aCleanFolderPassesWithAReportAndSummary() {
		assertThat(check("src/test/resources/fixtures/content")).isZero();
		assertThat(this.output.toString(StandardCharsets.UTF_8)).contains("alpha")
			.contains("4 articles, 3 topics, 1 glossary terms, 2 synonym groups; 0 errors, 0 warnings");
	}

	@Test
	void aFolderWithErrorsFailsAndPrintsEachProblemWithFileAndLine() {
		assertThat(check("src/test/resources/fixtures/broken")).isEqualTo(1);
		assertThat(this.output.toString(StandardCharsets.UTF_8))
			.contains("src/test/resources/fixtures/broken/articles/bad-things.md:5: error: 'published' is not a "
					+ "valid date");
	}

}
