package org.myositisguide.search;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snippets made in Java: stemmed matches marked, text escaped, at most two fragments.
 */
class SnippetsTests {

	@Test
	void marksEveryFormOfAQueryWord() {
		String snippet = Snippets.snippet("Swallowing can be hard. Food may stick when you swallow.", false, false,
				Set.of("swallow"));
		assertThat(snippet)
			.isEqualTo("<mark>Swallowing</mark> can be hard. Food may stick when you <mark>swallow</mark>");
	}

	@Test
	void stemsLikePostgresql() {
		assertThat(Snippets.lexeme("Difficulties")).isEqualTo("difficulti");
		assertThat(Snippets.lexeme("biopsies")).isEqualTo("biopsi");
		assertThat(Snippets.lexeme("Myositis")).isEqualTo("myositi");
		assertThat(Snippets.lexeme("Sjögren")).isEqualTo("sjogren");
	}

	@Test
	void escapesTheTextAndFoldsAccents() {
		String snippet = Snippets.snippet("Ask about <b>Sjögren</b> & dry eyes", false, false, Set.of("sjogren"));
		assertThat(snippet).isEqualTo("Ask about &lt;b&gt;<mark>Sjögren</mark>&lt;/b&gt; &amp; dry eyes");
	}

	@Test
	void dropsWordsCutByTheWindow() {
		String snippet = Snippets.snippet("ening rash on the eyelids is com", true, true, Set.of("rash"));
		assertThat(snippet).isEqualTo("<mark>rash</mark> on the eyelids is");
	}

	@Test
	void choosesAtMostTwoShortFragmentsWithTheMostQueryWords() {
		String filler = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
				+ "fifteen sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour ";
		String text = "A rash appears. " + filler + "Weak muscles and a rash together. " + filler + filler
				+ "Muscles again.";
		String snippet = Snippets.snippet(text, false, false, Set.of("rash", "muscl"));
		String[] fragments = snippet.split(" … ");
		assertThat(fragments).hasSize(2);
		assertThat(fragments[0]).contains("<mark>rash</mark>");
		assertThat(fragments[1]).contains("<mark>muscles</mark> and a <mark>rash</mark>");
		for (String fragment : fragments) {
			assertThat(fragment.replaceAll("<[^>]+>", "").split("\\W+")).hasSizeLessThanOrEqualTo(Snippets.MAX_WORDS);
		}
	}

	@Test
	void anArticleSnippetComesFromAroundTheFirstMentionEvenWithACapital() {
		String text = "Plain words come first here. ".repeat(40) + "Rash on the eyelids. " + "More text. ".repeat(200);
		assertThat(Snippets.firstMention(text, Set.of("rash"))).isEqualTo(text.indexOf("Rash"));
		assertThat(Snippets.forArticle(text, Set.of("rash"))).contains("<mark>Rash</mark> on the eyelids")
			.doesNotContain("<mark>rash</mark>");
		assertThat(Snippets.forArticle("Short text about muscles.", Set.of("lung")))
			.isEqualTo("Short text about muscles");
	}

	@Test
	void withoutAQueryWordShowsTheStart() {
		String snippet = Snippets.snippet("Myositis is rare. It can be treated.", false, false, Set.of("lung"));
		assertThat(snippet).isEqualTo("Myositis is rare. It can be treated");
	}

}
