package org.myositisguide.bench;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myositisguide.content.ContentLoader;
import org.myositisguide.content.ContentSnapshot;
import org.myositisguide.content.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark corpus must pass the content checks, or the benchmarks would measure a
 * library with some of its articles left out (as happened when a new rule came in).
 */
class CorpusGeneratorTests {

	@Test
	void generatedArticlesHaveNoErrors(@TempDir Path folder) throws Exception {
		CorpusGenerator.generate(folder, 40, 300);
		ContentSnapshot snapshot = new ContentLoader().load(folder);
		assertThat(snapshot.problems()).filteredOn(Problem::isError).isEmpty();
		assertThat(snapshot.articles()).hasSizeGreaterThanOrEqualTo(40);
	}

}
