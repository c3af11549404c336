package org.myositisguide.search;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which words ending in "ly" are adverbs (filler), by the vocabulary.
 */
class AdverbTests {

	private static final Map<String, Boolean> VOCABULARY = Map.of("belly", true, "family", true, "badly", true, "bad",
			true, "happily", true, "happy", true, "probably", true, "probable", true, "basically", true, "basic", true);

	@Test
	void aWordMadeFromAnotherOrOutsideTheVocabularyIsAnAdverb() {
		assertThat(QueryAnalyzer.adverb("badly", VOCABULARY)).isTrue();
		assertThat(QueryAnalyzer.adverb("happily", VOCABULARY)).isTrue();
		assertThat(QueryAnalyzer.adverb("probably", VOCABULARY)).isTrue();
		assertThat(QueryAnalyzer.adverb("basically", VOCABULARY)).isTrue();
		assertThat(QueryAnalyzer.adverb("constantly", VOCABULARY)).isTrue();
	}

	@Test
	void aWordOfItsOwnIsNot() {
		assertThat(QueryAnalyzer.adverb("belly", VOCABULARY)).isFalse();
		assertThat(QueryAnalyzer.adverb("family", VOCABULARY)).isFalse();
		assertThat(QueryAnalyzer.adverb("tummy", VOCABULARY)).isFalse();
	}

}
