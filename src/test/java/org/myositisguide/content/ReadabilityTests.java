package org.myositisguide.content;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
	void syllablesFollowVowelGroups() {
		assertThat(Readability.syllables("muscle")).isEqualTo(2);
		assertThat(Readability.syllables("the")).isEqualTo(1);
		assertThat(Readability.syllables("dermatomyositis")).isEqualTo(6);
		assertThat(Readability.syllables("2017")).isEqualTo(1);
	}

	@Test
	void emptyTextHasNoWords() {
		assertThat(Readability.measure(List.of())).isEqualTo(new Readability.Stats(0, 0, 0.0));
	}

}
