package org.myositisguide.index;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myositisguide.content.UrgentSign;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An urgent sign's own words: the title and the signs its card lists, in plain text.
 */
class UrgentSignWordsTests {

	@Test
	void theTitleAndListedSignsWithoutTheOtherParagraphs() {
		UrgentSign sign = new UrgentSign("mood", "urgent/mood.md", "h", "Big changes in mood on steroids", "urgent",
				List.of(), List.of(), List.of(), """
						This is for anyone taking steroid tablets, such as **prednisolone**.

						- You feel very *high*, or very low.
						- You see or hear things that are [not there](/glossary/psychosis).
						  Tell someone you trust.

						Confusion with drowsiness or being sick can be an adrenal crisis.
						""");
		assertThat(UrgentSignWords.of(sign).split("\n")).containsExactly("Big changes in mood on steroids",
				"You feel very high, or very low.", "You see or hear things that are not there.",
				"Tell someone you trust.");
	}

}
