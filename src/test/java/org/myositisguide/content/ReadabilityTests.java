package org.myositisguide.content;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReadabilityTests {

	@Test
	void shortPlainSentencesScoreLow() {
		Readability.Stats stats = Readability.measure(List.of("The cat sat on the mat. It was warm."));
		assertThat(stats.words()).isEqualTo(9);
		assertThat(stats.grade()).isLessThan(2.0);
	}

	@Test
	void longSentencesOfLongWordsScoreHigh() {
		Readability.Stats stats = Readability.measure(List.of("Idiopathic inflammatory myopathies are heterogeneous "
				+ "autoimmune conditions characterised by proximal skeletal muscle weakness and extramuscular "
				+ "manifestations affecting pulmonary, cardiac and gastrointestinal systems."));
		assertThat(stats.grade()).isGreaterThan(16.0);
	}

	@Test
	void eachBlockIsAtLeastOneSentence() {
		Readability.Stats one = Readability.measure(List.of("Weak hips Weak shoulders"));
		Readability.Stats two = Readability.measure(List.of("Weak hips", "Weak shoulders"));
		assertThat(two.grade()).isLessThan(one.grade());
	}

	@Test
	void syllablesAreCountedLikeTheStandardCounter() {
		assertThat(Readability.syllables("muscle")).isEqualTo(2);
		assertThat(Readability.syllables("the")).isEqualTo(1);
		assertThat(Readability.syllables("dermatomyositis")).isEqualTo(6);
		assertThat(Readability.syllables("inflammation")).isEqualTo(4);
		assertThat(Readability.syllables("guidance")).isEqualTo(2);
		assertThat(Readability.syllables("caused")).isEqualTo(1);
		assertThat(Readability.syllables("people")).isEqualTo(2);
		assertThat(Readability.syllables("biology")).isEqualTo(4);
		assertThat(Readability.syllables("2017")).isZero();
	}

	/**
	 * The grade of each text in {@code readability/} agrees, within 0.3, with a standard
	 * Flesch-Kincaid implementation (the formula with the {@code syllable} package's
	 * counts: {@code readability/reference.mjs} made {@code reference.tsv}).
	 */
	@Test
	void gradeMatchesAStandardImplementation() throws IOException {
		List<String> rows = Files.readAllLines(resource("reference.tsv"));
		assertThat(rows).hasSizeGreaterThan(10);
		for (String row : rows.subList(1, rows.size())) {
			String[] cells = row.split("\t");
			String text = Files.readString(resource(cells[0])).strip();
			Readability.Stats stats = Readability.measure(List.of(text));
			assertThat(stats.grade()).as(cells[0]).isCloseTo(Double.parseDouble(cells[4]), within(0.3));
		}
	}

	private static Path resource(String name) {
		try {
			return Path.of(ReadabilityTests.class.getResource("/readability/" + name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void gradeIsOfTheProseWordsAndTimeOfEverything() {
		List<String> prose = List.of("Myositis is a rare illness that makes muscles weak. It can often be treated.");
		List<String> all = new java.util.ArrayList<>(prose);
		all.addAll(List.of("Signs", "weak hips", "trouble swallowing"));
		Readability.Stats stats = Readability.measure(all, prose);
		assertThat(stats.grade()).isEqualTo(Readability.measure(prose).grade());
		assertThat(stats.words()).isEqualTo(19);
		assertThat(Readability.measure(all, List.of()).grade()).as("no prose: every block")
			.isEqualTo(Readability.measure(all).grade());
	}

	@Test
	void emptyTextHasNoWords() {
		assertThat(Readability.measure(List.of())).isEqualTo(new Readability.Stats(0, 0, 0.0));
	}

}
