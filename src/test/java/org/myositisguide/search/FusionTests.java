package org.myositisguide.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myositisguide.meaning.PassageMatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the lexical and semantic lists combine, and the relevance floor's rule.
 */
class FusionTests {

	@Test
	void anArticleFoundBothWaysComesBeforeOneFoundOneWay() {
		List<Fusion.Fused> ranked = Fusion.fuse(
				List.of(new SearchRepository.Lexical(1, 9, 1.0), new SearchRepository.Lexical(2, 8, 1.0)),
				List.of(new PassageMatch(2, 3, 0.6), new PassageMatch(3, 1, 0.58)));
		assertThat(ranked).extracting(Fusion.Fused::articleId).startsWith(2L);
		assertThat(ranked.get(0).passage().position()).isEqualTo(3);
	}

	@Test
	void aLexicalMatchOnPartOfTheQueryPullsLittle() {
		List<Fusion.Fused> ranked = Fusion.fuse(List.of(new SearchRepository.Lexical(1, 9, 0.5)),
				List.of(new PassageMatch(2, 0, 0.6)));
		assertThat(ranked).extracting(Fusion.Fused::articleId).containsExactly(2L, 1L);
	}

	@Test
	void semanticCandidatesFarBehindTheBestPassageAreLeftOut() {
		List<Fusion.Fused> ranked = Fusion.fuse(List.of(),
				List.of(new PassageMatch(1, 0, 0.7), new PassageMatch(2, 0, 0.65), new PassageMatch(3, 0, 0.4)));
		assertThat(ranked).extracting(Fusion.Fused::articleId).containsExactly(1L, 2L);
	}

	@Test
	void anArticleWithASecondPassageNearTheQuestionComesBeforeOneWithASingleSlightlyNearerPassage() {
		List<Fusion.Fused> ranked = Fusion.fuse(List.of(), List.of(new PassageMatch(1, 0, 0.62),
				new PassageMatch(2, 4, 0.61), new PassageMatch(2, 7, 0.58), new PassageMatch(3, 2, 0.40)));
		assertThat(ranked).extracting(Fusion.Fused::articleId).containsExactly(2L, 1L);
		assertThat(ranked.get(0).passage().position()).as("its nearest passage answers").isEqualTo(4);
	}

	@Test
	void aQueryOfCommonWordsOnlyLetsMeaningDecide() {
		List<SearchRepository.Lexical> lexical = List.of(new SearchRepository.Lexical(1, 9, 1.0),
				new SearchRepository.Lexical(2, 8, 1.0), new SearchRepository.Lexical(3, 7, 1.0));
		List<PassageMatch> passages = List.of(new PassageMatch(3, 5, 0.73), new PassageMatch(1, 2, 0.71));
		assertThat(Fusion.fuse(lexical, passages, 1.0)).extracting(Fusion.Fused::articleId).startsWith(1L);
		assertThat(Fusion.fuse(lexical, passages, Fusion.lexicalEvidence(0.7))).extracting(Fusion.Fused::articleId)
			.startsWith(3L);
		assertThat(Fusion.lexicalEvidence(0.75)).isEqualTo(0.5);
		assertThat(Fusion.lexicalEvidence(6.0)).isEqualTo(1.0);
	}

	@Test
	void anArticleMatchingAllOfAQueryWithANameOnlyItUsesIsAmongTheFirstThree() {
		// "weak legs since starting colchicine": the meaning model does not know the
		// medicine, and finds articles about weakness; only one article names it.
		List<SearchRepository.Lexical> lexical = List.of(new SearchRepository.Lexical(9, 5, 1.0));
		List<PassageMatch> passages = List.of(new PassageMatch(1, 0, 0.45), new PassageMatch(2, 0, 0.44),
				new PassageMatch(3, 0, 0.43), new PassageMatch(4, 0, 0.42));
		assertThat(Fusion.fuse(lexical, passages, 1.0).subList(0, 3)).extracting(Fusion.Fused::articleId)
			.doesNotContain(9L);
		assertThat(Fusion.fuse(lexical, passages, 1.0, true).subList(0, 3)).extracting(Fusion.Fused::articleId)
			.contains(9L);
		// Not when it matches only part of the query.
		List<SearchRepository.Lexical> part = List.of(new SearchRepository.Lexical(9, 5, 0.6));
		assertThat(Fusion.fuse(part, passages, 1.0, true).subList(0, 3)).extracting(Fusion.Fused::articleId)
			.doesNotContain(9L);
	}

	@Test
	void aQueryClearlyNearerAnotherSubjectIsOffTopicWhateverItsWords() {
		assertThat(Fusion.offTopic(0.40, 0.60, 1.0)).isTrue();
		assertThat(Fusion.offTopic(0.55, 0.45, 0.1)).isFalse();
	}

	@Test
	void aQueryAboutAsNearBothWaysNeedsItsWordsToMatch() {
		assertThat(Fusion.offTopic(0.45, 0.45, 0.2)).isTrue();
		assertThat(Fusion.offTopic(0.45, 0.45, 0.9)).isFalse();
	}

}
