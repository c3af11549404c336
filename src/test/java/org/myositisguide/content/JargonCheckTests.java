package org.myositisguide.content;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jargon check: uncommon words that are not known terms and not explained where they
 * first appear.
 */
class JargonCheckTests {

	private final JargonCheck check = new JargonCheck(
			Set.of("your", "level", "rises", "small", "sample", "muscle", "helps", "doctors", "found", "matter", "take",
					"they", "with", "food", "lower", "dose", "over", "time", "related"));

	@Test
	void flagsUncommonWordsThatAreNeitherKnownNorExplained() {
		String text = "Your CK level rises. A biopsy (a small sample of muscle) helps. Doctors in Denmark found "
				+ "haplotypes matter. Take steroids with food. Doctors lower the dose over time. Steroid-related "
				+ "haplotypes matter.";
		assertThat(this.check.jargon(text, Set.of("ck", "steroid"))).containsExactly("haplotypes");
	}

	@Test
	void theShippedListKnowsCommonWordsAndTheTeamsAdditions() {
		JargonCheck shipped = JargonCheck.withPlainWords(java.nio.file.Path.of("content"));
		assertThat(shipped.jargon("People often feel unwell and tired when the muscles are weak.", Set.of())).isEmpty();
		assertThat(shipped.jargon("It is a haplotype thing.", Set.of())).containsExactly("haplotype");
	}

}
