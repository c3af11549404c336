package org.myositisguide.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.myositisguide.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Urgent signs are written once, in {@code content/urgent/}, with one level: articles
 * include them, the guide lists them all, and the check fails an article that writes a
 * card of its own for a sign that has an entry.
 */
class UrgentSignsTests {

	private static final String RHABDO = """
			---
			title: "Signs of severe muscle breakdown"
			level: emergency
			match: [cola-coloured urine, rhabdomyolysis]
			everyday: [brown pee]
			references:
			  - title: "Rhabdomyolysis"
			    publisher: "NHS inform"
			    url: "https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/rhabdomyolysis"
			---
			- Your urine is dark, like cola.
			- Your muscles hurt badly and feel very weak.
			""";

	private static final String FALLS = """
			---
			title: "Falling more than before"
			level: routine
			match: [keep falling]
			references:
			  - title: "Falls"
			    publisher: "NHS"
			---
			- You keep falling, or nearly falling.
			""";

	private Path root;

	@BeforeEach
	void content() throws Exception {
		this.root = TestFiles.copyOfFixtures();
		Files.createDirectories(this.root.resolve("urgent"));
		Files.writeString(this.root.resolve("urgent/rhabdomyolysis.md"), RHABDO);
		Files.writeString(this.root.resolve("urgent/falls.md"), FALLS);
	}

	@Test
	void anIncludedSignIsACardWithItsLevelWhatToDoItsSourcesAndTheGuide() throws Exception {
		appendToBeta("\n{% urgent rhabdomyolysis %}\n");
		ContentSnapshot snapshot = new ContentLoader().load(this.root);
		assertThat(snapshot.problems()).isEmpty();
		String html = beta(snapshot).rendered().html();
		assertThat(html).contains("<aside class=\"care care-emergency care-shared sign-rhabdomyolysis\"",
				"<span class=\"care-level\">Emergency:</span> Signs of severe muscle breakdown",
				"<a href=\"tel:999\">999</a>", "<a href=\"tel:911\">911</a>", "Your urine is dark, like cola.",
				"Sources: <a href=\"https://www.nhsinform.scot/", "NHS inform",
				"<a href=\"/articles/when-to-get-urgent-help\">See all the signs that need urgent help</a>");
		assertThat(html).doesNotContain("{%");
		assertThat(beta(snapshot).rendered().plainText())
			.as("none of the entry counts as the article's own, for search: the sign is found where the guide lists it")
			.doesNotContain("Signs of severe muscle breakdown", "cola-coloured urine", "like cola");
		assertThat(beta(snapshot).rendered().passages())
			.as("the card's passage shows the card but has no words of its own to be found by")
			.filteredOn((p) -> p.signs().contains("rhabdomyolysis"))
			.singleElement()
			.satisfies((p) -> {
				assertThat(p.text()).contains("Your urine is dark, like cola.");
				assertThat(p.own()).doesNotContain("cola");
			});
		assertThat(beta(snapshot).rendered().stats().grade()).as("nor for its reading grade")
			.isEqualTo(beta(new ContentLoader().load(TestFiles.copyOfFixtures())).rendered().stats().grade());
	}

	@Test
	void anArticlesOwnCardForASharedSignFailsTheCheck() throws Exception {
		appendToBeta("\n!!! emergency \"Call 999\"\n    - Cola-coloured urine\n");
		assertThat(problems()).anyMatch((p) -> p.contains("beta.md:")
				&& p.contains("error: this care card covers 'Signs of severe muscle breakdown' (it says "
						+ "'cola-coloured urine'), which has a shared entry, urgent/rhabdomyolysis.md: include it with "
						+ "{% urgent rhabdomyolysis %} instead"));
	}

	@Test
	void everydayPhrasesAreReadForSearchAndCountNowhereElse() throws Exception {
		appendToBeta("\n!!! emergency \"Call 999\"\n    - Brown pee after a fall\n\n{% urgent-signs %}\n");
		ContentSnapshot snapshot = new ContentLoader().load(this.root);
		assertThat(snapshot.urgentSigns()).filteredOn((sign) -> sign.slug().equals("rhabdomyolysis"))
			.singleElement()
			.satisfies((sign) -> assertThat(sign.everyday()).containsExactly("brown pee"));
		assertThat(snapshot.problems()).as("an article's own card may say a reader's everyday words").isEmpty();
		assertThat(beta(snapshot).rendered().searchText()).as("the guide is not found by them")
			.contains("cola-coloured urine")
			.doesNotContain("brown pee");
	}

	@Test
	void aConflictingLevelIsNamed() throws Exception {
		appendToBeta("\n!!! urgent \"Get help today\"\n    - Dark cola-coloured urine\n");
		assertThat(problems()).anyMatch((p) -> p.contains(
				"and gives it the level 'urgent' where the entry says 'emergency': include it with {% urgent rhabdomyolysis %}"));
	}

	@Test
	void aCardAboutSomethingElseIsFine() throws Exception {
		appendToBeta("\n!!! routine \"Speak to your care team\"\n    - You want to start a new exercise.\n");
		assertThat(problems()).isEmpty();
	}

	@Test
	void urgencyWordingInProseIsReportedWhereverItIsWritten() throws Exception {
		appendToBeta("\nIf your urine turns dark, **call 999** at once.\n\nWe meet on the same day each week.\n");
		Files.writeString(this.root.resolve("tags/myositis.md"),
				Files.readString(this.root.resolve("tags/myositis.md")) + "\nA fever needs a check the same day.\n");
		List<String> problems = problems();
		assertThat(problems).filteredOn((p) -> p.contains("urgency wording outside a care card"))
			.hasSize(2)
			.anyMatch((p) -> p.matches(".*articles/beta\\.md:\\d+: warning: urgency wording outside a care card "
					+ "\\('call 999'\\).*\\{% urgent <sign> %\\}.*"))
			.anyMatch((p) -> p.contains("tags/myositis.md") && p.contains("'check the same day'"));
	}

	@Test
	void theGuideMayExplainTheLevelsInProse() throws Exception {
		Files.writeString(this.root.resolve("articles/when-to-get-urgent-help.md"),
				Files.readString(this.root.resolve("articles/beta.md"))
					.replaceFirst("title: .*", "title: \"Urgent help\"")
						+ "\nThere are three levels: call 999 now, get help the same day, or call your team soon.\n");
		assertThat(problems()).noneMatch((p) -> p.contains("urgency wording"));
	}

	@Test
	void anUnknownSignOrTagIsAnErrorOnItsLine() throws Exception {
		appendToBeta("\n{% urgent heart-attack %}\n\n{% include nav.html %}\n");
		List<String> problems = problems();
		assertThat(problems).anyMatch((p) -> p.matches(
				".*beta\\.md:\\d+: error: unknown urgent sign 'heart-attack': there is no file urgent/heart-attack.md"));
		assertThat(problems)
			.anyMatch((p) -> p.contains("error: unknown tag '{% include nav.html %}': use {% urgent <sign> %}"));
	}

	@Test
	void theGuideListsEverySignByLevelMostUrgentFirst() throws Exception {
		appendToBeta("\n{% urgent-signs %}\n");
		String html = beta(new ContentLoader().load(this.root)).rendered().html();
		int emergency = html.indexOf("<h2 id=\"emergency-signs\">Call 999 (UK) or 911 (US) now</h2>");
		int routine = html.indexOf("<h2 id=\"routine-signs\">Contact your care team soon</h2>");
		assertThat(emergency).isNotNegative();
		assertThat(routine).isGreaterThan(emergency);
		assertThat(html.indexOf("Signs of severe muscle breakdown")).isBetween(emergency, routine);
		assertThat(html.indexOf("Falling more than before")).isGreaterThan(routine);
		assertThat(html).doesNotContain("id=\"urgent-signs\"")
			.doesNotContain("See all the signs that need urgent help");
		assertThat(beta(new ContentLoader().load(this.root)).rendered().plainText())
			.as("the guide is found by the signs it lists, not by every word of their cards")
			.contains("Signs of severe muscle breakdown", "Falling more than before")
			.doesNotContain("like cola");
	}

	@Test
	void anIncludedUrgentOrEmergencySignMeetsTheCareCardRule() throws Exception {
		Files.writeString(this.root.resolve("tags/lungs.md"),
				"---\nname: Lungs\ntitle: Lungs\ndefinition: how myositis can affect breathing\n---\nLungs.\n");
		Path beta = this.root.resolve("articles/beta.md");
		Files.writeString(beta, Files.readString(beta).replaceFirst("tags: \\[[^\\]]*\\]", "tags: [lungs]"));
		appendToBeta("\n{% urgent falls %}\n");
		assertThat(problems()).anyMatch((p) -> p.contains("an article about complications, the lungs"));
		appendToBeta("\n{% urgent rhabdomyolysis %}\n");
		assertThat(problems()).noneMatch((p) -> p.contains("care card"));
	}

	@Test
	void anEntryNeedsALevelPhrasesSourcesAndPlainText() throws Exception {
		Files.writeString(this.root.resolve("urgent/bad.md"), """
				---
				title: "Bad"
				level: soon
				---
				- A sign.
				""");
		Files.writeString(this.root.resolve("urgent/headed.md"),
				FALLS.replace("- You keep", "## A heading\n\n- You keep"));
		assertThat(problems())
			.anyMatch((p) -> p
				.contains("urgent/bad.md:3: error: level must be emergency, urgent " + "or routine, not 'soon'"))
			.anyMatch((p) -> p.contains("urgent/bad.md") && p.contains("error: an urgent sign needs 'match'"))
			.anyMatch((p) -> p.contains("urgent/bad.md")
					&& p.contains("error: an urgent sign needs at least one " + "reference"))
			.anyMatch((p) -> p.contains("urgent/headed.md:9: error: an urgent sign's body is the card's text"));
	}

	@Test
	void changingAnEntryRendersTheArticlesThatIncludeItAgain() throws Exception {
		appendToBeta("\n{% urgent rhabdomyolysis %}\n");
		ContentSnapshot first = new ContentLoader().load(this.root);
		java.util.Map<String, String> indexed = java.util.Map.of("beta", beta(first).hash());
		Files.writeString(this.root.resolve("urgent/rhabdomyolysis.md"), RHABDO.replace("like cola", "like tea"));
		ArticleSource again = beta(new ContentLoader().load(this.root, indexed));
		assertThat(again.rendered()).as("rendered again").isNotNull();
		assertThat(again.rendered().html()).contains("like tea");
	}

	private void appendToBeta(String markdown) throws Exception {
		Path beta = this.root.resolve("articles/beta.md");
		Files.writeString(beta, Files.readString(beta) + markdown);
	}

	private List<String> problems() {
		return new ContentLoader().load(this.root).problems().stream().map(Problem::toString).toList();
	}

	private static ArticleSource beta(ContentSnapshot snapshot) {
		return snapshot.articles().stream().filter((a) -> a.slug().equals("beta")).findFirst().orElseThrow();
	}

}
