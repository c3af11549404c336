package org.myositisguide.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myositisguide.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbered citations at the claims: {@code [n]} in the text links to the n-th reference,
 * and the check knows how many references an article has.
 */
class CitationsTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void citationsBecomeSuperscriptLinksToTheReferenceList() {
		String html = this.renderer.render("About 1 in 3 people have it [2]. Others [1, 3] and [4-5].", Map.of())
			.html();
		assertThat(html)
			.contains("have it<sup class=\"cite\">[<a href=\"#ref-2\"><span class=\"visually-hidden\">"
					+ "reference </span>2</a>]</sup>.")
			.contains("[<a href=\"#ref-1\"><span class=\"visually-hidden\">reference </span>1</a>, <a href=\"#ref-3\">")
			.contains("<a href=\"#ref-4\"><span class=\"visually-hidden\">reference </span>4</a>-<a href=\"#ref-5\">");
	}

	@Test
	void linksCodeAndLinkLabelsAreLeftAlone() {
		String html = this.renderer
			.render("See [1](/articles/one), `array[2]` and\n\n```\nlist[3]\n```\n\n[4]: /articles/four\n", Map.of())
			.html();
		assertThat(html).doesNotContain("class=\"cite\"");
	}

	@Test
	void citationsAreNotCountedAsWords() {
		Readability.Stats with = this.renderer.render("Muscles can get weak [12, 13].", Map.of()).stats();
		Readability.Stats without = this.renderer.render("Muscles can get weak.", Map.of()).stats();
		assertThat(with).isEqualTo(without);
	}

	@Test
	void numbersAndRangesAreReadWithTheirLines() {
		assertThat(Citations.find("One [1].\nTwo [2, 4] and [6-8]:\n```\n[9]\n```\n[10]: /articles/ten\n"))
			.extracting(Citations.Citation::number, Citations.Citation::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 0), org.assertj.core.groups.Tuple.tuple(2, 1),
					org.assertj.core.groups.Tuple.tuple(4, 1), org.assertj.core.groups.Tuple.tuple(6, 1),
					org.assertj.core.groups.Tuple.tuple(7, 1), org.assertj.core.groups.Tuple.tuple(8, 1));
	}

	@Test
	void aCitationWithoutAReferenceIsAnErrorAndAnUncitedReferenceAWarning() throws Exception {
		Path root = TestFiles.copyOfFixtures();
		Path alpha = root.resolve("articles/alpha.md");
		String text = Files.readString(alpha);
		assertThat(text).contains("references:\n  - title:");
		Files.writeString(alpha, text.replace("Most people take them for months.",
				"Most people take them for months [2].\n\nSome take them for years."));
		List<String> problems = new ContentLoader().load(root).problems().stream().map(Problem::toString).toList();
		assertThat(problems).anyMatch((p) -> p
			.matches(".*alpha\\.md:\\d+: error: citation \\[2\\] has no reference: the article lists 1 references"));
		assertThat(problems).anyMatch((p) -> p.contains("alpha.md:1: warning: reference 1 is never cited in the text"));
	}

}
