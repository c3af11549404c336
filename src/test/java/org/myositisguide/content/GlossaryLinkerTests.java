package org.myositisguide.content;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GlossaryLinkerTests {

	private static final GlossarySource CK = term("creatine-kinase", "Creatine kinase", "CK",
			List.of("creatine phosphokinase", "CPK"), "A muscle enzyme in the blood.");

	private static final GlossarySource SLT = term("speech-and-language-therapist", "Speech and language therapist",
			"SLT", List.of("speech therapist", "SALT"), "Helps with speech and swallowing.");

	private static final GlossarySource ASPIRATION = term("aspiration", "Aspiration", null, List.of(),
			"When food goes down the wrong way.");

	private static final GlossarySource ASPIRATION_PNEUMONIA = term("aspiration-pneumonia", "Aspiration pneumonia",
			null, List.of(), "A chest infection from food in the lungs.");

	private static final GlossarySource RAYNAUD = term("raynauds-phenomenon", "Raynaud's phenomenon", null,
			List.of("raynauds"), "Fingers turn white in the cold.");

	private static final GlossarySource FLARE = term("flare", "Flare", null, List.of("flare-up"),
			"When symptoms come back.");

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	private final GlossaryLinker linker = new GlossaryLinker(
			List.of(CK, SLT, ASPIRATION, ASPIRATION_PNEUMONIA, RAYNAUD, FLARE));

	private Document html(String markdown) {
		return Jsoup
			.parseBodyFragment(this.renderer.render(this.renderer.parse(markdown), Map.of(), this.linker).html());
	}

	@Test
	void anAbbreviationBecomesALinkWithItsExpansionAndDefinition() {
		assertThat(html("Your CK is a blood test.").body().html()).isEqualTo(
				"<p>Your <a href=\"/glossary/creatine-kinase\" class=\"term\" title=\"Creatine kinase: A muscle enzyme "
						+ "in the blood.\"><abbr title=\"Creatine kinase\">CK</abbr></a> is a blood test.</p>");
	}

	@Test
	void onlyTheFirstMentionIsLinked() {
		Document page = html("Creatine kinase leaks from muscle.\n\nA high CK or creatine kinase level...");
		assertThat(page.select("a.term")).singleElement().satisfies((link) -> {
			assertThat(link.text()).isEqualTo("Creatine kinase");
			assertThat(link.attr("title")).isEqualTo("Creatine kinase: A muscle enzyme in the blood.");
			assertThat(link.select("abbr")).isEmpty();
		});
		assertThat(page.text()).contains("A high CK or creatine kinase level");
	}

	@Test
	void headingsLinksCodeAbbrAndDfnAreLeftAlone() {
		Document page = html("""
				## CK tests

				A `CK` value, an <abbr title="creatine kinase">CK</abbr>, a <dfn>CK</dfn>, [CK results](/articles/x).

				    CK in a code block

				Here CK is linked.
				""");
		assertThat(page.select("a.term")).singleElement()
			.satisfies((link) -> assertThat(link.parent().text()).isEqualTo("Here CK is linked."));
		assertThat(page.select("h2").html()).isEqualTo("CK tests");
	}

	@Test
	void aliasesMatchInAnyCaseButCapitalNamesOnlyInCapitals() {
		Document page = html("""
				Less salt helps. A ck or slt is not an abbreviation.

				Ask a Speech Therapist about your CREATINE PHOSPHOKINASE and your SALT.
				""");
		assertThat(page.select("a.term")).extracting(Element::text)
			.containsExactly("Speech Therapist", "CREATINE PHOSPHOKINASE");
		assertThat(page.select("a.term abbr")).isEmpty();
	}

	@Test
	void mentionsAreWholeWordsAndMayBePlural() {
		Document page = html("CKD, tacky and anti-CK are not mentions. Two flares. Then CKs.");
		assertThat(page.select("a.term")).extracting(Element::text).containsExactly("flares", "CKs");
		assertThat(page.select("a.term").get(1).select("abbr").attr("title")).isEqualTo("Creatine kinase");
	}

	@Test
	void theLongestNameWinsAndApostrophesAndLineBreaksAreForgiven() {
		Document page = html("Aspiration pneumonia\nis rare. Raynaud’s\nphenomenon is common. Silent aspiration.");
		assertThat(page.select("a.term")).extracting((link) -> link.attr("href"))
			.containsExactly("/glossary/aspiration-pneumonia", "/glossary/raynauds-phenomenon", "/glossary/aspiration");
	}

	@Test
	void aTermTheAuthorAlreadyLinksIsNotLinkedAgain() {
		Document page = html("Your CK is high. Read about [creatine kinase](/glossary/creatine-kinase).");
		assertThat(page.select("a.term")).isEmpty();
	}

	@Test
	void theTextStaysTheSame() {
		String markdown = "A CK test, a flare-up and aspiration pneumonia.";
		assertThat(html(markdown).text()).isEqualTo(Jsoup.parse(this.renderer.render(markdown, Map.of()).html()).text())
			.isEqualTo(markdown);
	}

	@Test
	void theSignatureChangesWithANameOrADefinition() {
		GlossarySource moreNames = term("flare", "Flare", null, List.of("flare-up", "relapse"),
				"When symptoms come back.");
		GlossarySource newDefinition = term("flare", "Flare", null, List.of("flare-up"), "Symptoms come back.");
		assertThat(new GlossaryLinker(List.of(FLARE)).signature())
			.isEqualTo(new GlossaryLinker(List.of(FLARE)).signature())
			.isNotEqualTo(new GlossaryLinker(List.of(moreNames)).signature())
			.isNotEqualTo(new GlossaryLinker(List.of(newDefinition)).signature());
	}

	private static GlossarySource term(String slug, String term, String abbreviation, List<String> aliases,
			String definition) {
		return new GlossarySource(slug, "glossary/" + slug + ".md", "", term, abbreviation, aliases, definition, "");
	}

}
