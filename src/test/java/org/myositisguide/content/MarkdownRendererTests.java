package org.myositisguide.content;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	private String html(String markdown) {
		return this.renderer.render(markdown, Map.of()).html();
	}

	@Test
	void scriptsEventHandlersAndFramesNeverReachThePage() {
		String html = html("""
				Hello <script>alert(1)</script> <img src="/images/a.png" onerror="alert(2)" alt="a">

				<iframe src="https://evil.example"></iframe>

				<a href="javascript:alert(3)">x</a>

				Links: [y](javascript:alert(4)) and [z](data:text/html;base64,PHNjcmlwdD4=)
				""");
		assertThat(html).doesNotContain("<script", "onerror", "<iframe", "javascript:", "data:text");
		assertThat(html).contains("<img src=\"/images/a.png\" alt=\"a\" srcset=\"/images/a.png?w=480 480w")
			.doesNotContain("onerror");
	}

	@Test
	void tablesFootnotesAutolinksAndHeadingAnchors() {
		String html = html("""
				## First part

				| Test | What it shows |
				|---|---|
				| CK | muscle damage |

				See https://example.org for more.[^1]

				[^1]: A footnote.
				""");
		assertThat(html).contains("<h2 id=\"first-part\">First part</h2>")
			.contains("<th>Test</th>")
			.contains("<a href=\"https://example.org\">https://example.org</a>")
			.contains("footnote");
	}

	@Test
	void linksAreReportedWithTheirLines() {
		assertThat(this.renderer.links("one\n\n[a](/articles/x)\n"))
			.containsExactly(new MarkdownRenderer.LinkRef("/articles/x", 2));
	}

	@Test
	void careCardsBecomeLabelledAsidesWithTheLevelInWordsAndTheirLinksKnowTheirLevel() {
		String markdown = """
				## When to get urgent help

				!!! emergency "Call 999 (UK) or 911 (US) if"
				    - you are choking

				!!! urgent
				    Call your team today. <script>alert(1)</script>
				    See [the guide](/articles/when-to-get-urgent-help).

				Plain text after.
				""";
		String html = this.renderer.render(markdown, java.util.Map.of()).html();
		assertThat(html).contains(
				"<aside class=\"care care-emergency\" aria-labelledby=\"care-1\"><p class=\"care-title\" id=\"care-1\">"
						+ "<span class=\"care-level\">Emergency:</span> Call 999 (UK) or 911 (US) if</p>",
				"<span class=\"care-level\">Urgent:</span> Get help today</p>", "<li>you are choking</li>",
				"<p>Plain text after.</p>")
			.doesNotContain("<script", "adm-", "<svg");
		assertThat(this.renderer.links(this.renderer.parse(markdown)))
			.containsExactly(new MarkdownRenderer.LinkRef("/articles/when-to-get-urgent-help", 7, "urgent"));
	}

	@Test
	void aPassageKeepsEveryWordForReadersButOnlyItsOwnForMeaning() {
		Passage passage = this.renderer.render(
				"## Support exercise\n\nGentle walking helps. See [exercise and physical therapy](/articles/exercise).\n",
				Map.of())
			.passages()
			.get(0);
		assertThat(passage.heading()).isEqualTo("Support exercise");
		assertThat(passage.text()).isEqualTo("Gentle walking helps. See exercise and physical therapy.");
		assertThat(passage.own()).isEqualTo("Gentle walking helps. See .");
		assertThat(passage.embeddingText("Caring")).doesNotContain("physical therapy");
	}

}
