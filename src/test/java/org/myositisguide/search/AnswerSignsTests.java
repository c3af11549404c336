package org.myositisguide.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myositisguide.meaning.PassageMatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which care cards a best answer shows: its own passage's, and another level's card that
 * is nearly as near the query.
 */
class AnswerSignsTests {

	private static final long URGENT = 40;

	/** Every card fits the question's words. */
	private static final java.util.function.Predicate<List<String>> ANY = (signs) -> true;

	private static final SearchRepository.StoredPassage CHOKING = card(6, "Call 999 now › Choking", "choking");

	private static final SearchRepository.StoredPassage HEAD_INJURY = card(7, "Call 999 now › Head injury",
			"head-injury");

	private static final SearchRepository.StoredPassage SWALLOWING = card(27,
			"Get medical help today › New or worse trouble swallowing", "swallowing-getting-worse");

	private static final SearchRepository.StoredPassage ADVICE = new SearchRepository.StoredPassage(38, "other",
			"Other ways to get advice", "Your care team's helpline.", List.of());

	private static final List<SearchRepository.StoredPassage> ARTICLE = List.of(CHOKING, HEAD_INJURY, SWALLOWING,
			ADVICE);

	@Test
	void anotherLevelsCardNearlyAsNearIsShownToo() {
		List<PassageMatch> nearest = List.of(match(6, 0.55), match(7, 0.54), match(38, 0.53), match(27, 0.50),
				match(20, 0.40));
		// The same level's card adds nothing a reader must choose between; the other
		// level's does.
		assertThat(SearchService.answerSigns(URGENT, CHOKING, nearest, ARTICLE, ANY)).containsExactly("choking",
				"swallowing-getting-worse");
		// ... whichever of the two is nearest: the milder card never stands alone.
		List<PassageMatch> milderFirst = List.of(match(27, 0.57), match(6, 0.57));
		assertThat(SearchService.answerSigns(URGENT, SWALLOWING, milderFirst, ARTICLE, ANY))
			.containsExactlyInAnyOrder("choking", "swallowing-getting-worse");
	}

	@Test
	void onlyTheNearestCardOfEachOtherLevelIsAdded() {
		SearchRepository.StoredPassage clot = card(17, "Get medical help today › Signs of a blood clot", "blood-clot");
		List<SearchRepository.StoredPassage> article = List.of(CHOKING, HEAD_INJURY, clot, SWALLOWING, ADVICE);
		List<PassageMatch> nearest = List.of(match(27, 0.60), match(6, 0.59), match(17, 0.58), match(7, 0.57));
		assertThat(SearchService.answerSigns(URGENT, SWALLOWING, nearest, article, ANY))
			.containsExactly("swallowing-getting-worse", "choking");
	}

	@Test
	void anotherLevelsCardIsAddedOnlyWhenTheQuestionsWordsFitIt() {
		List<PassageMatch> nearest = List.of(match(27, 0.60), match(6, 0.59), match(7, 0.58));
		// The nearest call-999 card has none of the question's words: the next one of
		// that level within reach, which has some, is shown instead.
		assertThat(
				SearchService.answerSigns(URGENT, SWALLOWING, nearest, ARTICLE, (signs) -> !signs.contains("choking")))
			.containsExactly("swallowing-getting-worse", "head-injury");
		assertThat(SearchService.answerSigns(URGENT, SWALLOWING, nearest, ARTICLE, (signs) -> false))
			.containsExactly("swallowing-getting-worse");
	}

	@Test
	void aClearlyNearerCardStandsAlone() {
		List<PassageMatch> nearest = List.of(match(6, 0.70), match(27, 0.60));
		assertThat(SearchService.answerSigns(URGENT, CHOKING, nearest, ARTICLE, ANY)).containsExactly("choking");
		// Another article's card does not count.
		List<PassageMatch> elsewhere = List.of(match(6, 0.55), new PassageMatch(9, 27, 0.55));
		assertThat(SearchService.answerSigns(URGENT, CHOKING, elsewhere, ARTICLE, ANY)).containsExactly("choking");
		// The same position in another article is not the answer's passage.
		List<PassageMatch> samePlace = List.of(new PassageMatch(9, 6, 0.9), match(6, 0.55), match(27, 0.52));
		assertThat(SearchService.answerSigns(URGENT, CHOKING, samePlace, ARTICLE, ANY)).containsExactly("choking",
				"swallowing-getting-worse");
		// A passage about no sign has no cards to add to.
		assertThat(SearchService.answerSigns(URGENT, ADVICE, List.of(match(38, 0.6), match(6, 0.59)), ARTICLE, ANY))
			.isEmpty();
	}

	@Test
	void aNamedSignsCardIsTheGuidesNearestOneWithinReach() {
		List<PassageMatch> nearest = List.of(new PassageMatch(9, 2, 0.60), match(7, 0.58), match(6, 0.52),
				match(27, 0.44));
		// The named sign's card, though another card is nearer.
		assertThat(SearchService.namedCard(URGENT, ARTICLE, nearest, List.of("choking"))).isEqualTo(CHOKING);
		// A named sign's card further than the reach from the nearest passage is not the
		// question.
		assertThat(SearchService.namedCard(URGENT, ARTICLE, nearest, List.of("swallowing-getting-worse"))).isNull();
		// Only the guide's passages hold the cards it looks for.
		assertThat(SearchService.namedCard(URGENT, ARTICLE, List.of(new PassageMatch(9, 6, 0.6)), List.of("choking")))
			.isNull();
		assertThat(SearchService.namedCard(URGENT, ARTICLE, nearest, List.of("sepsis"))).isNull();
	}

	@Test
	void aPassageLeadsClearlyByItsMarginOverTheNext() {
		assertThat(SearchService.leadsClearly(List.of(match(12, 0.37), match(8, 0.23)))).isTrue();
		assertThat(SearchService.leadsClearly(List.of(match(12, 0.37), match(8, 0.32)))).isFalse();
		assertThat(SearchService.leadsClearly(List.of(match(12, 0.37)))).isFalse();
		// Not when it is far from everything.
		assertThat(SearchService.leadsClearly(List.of(match(12, 0.2), match(8, 0.1)))).isFalse();
		assertThat(SearchService.leadsClearly(List.of(match(12, 0.6), match(8, 0.59)))).isFalse();
	}

	private static PassageMatch match(int position, double score) {
		return new PassageMatch(URGENT, position, score);
	}

	private static SearchRepository.StoredPassage card(int position, String heading, String sign) {
		return new SearchRepository.StoredPassage(position, "card-" + position, heading, "The card's signs.",
				List.of(sign));
	}

}
