package org.myositisguide.content;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentLoaderTests {

	private static final Path GOOD = Path.of("src/test/resources/fixtures/content");

	private static final Path BROKEN = Path.of("src/test/resources/fixtures/broken");

	private final ContentLoader loader = new ContentLoader();

	@Test
	void validFolderLoadsWithoutProblems() {
		ContentSnapshot snapshot = this.loader.load(GOOD);
		assertThat(snapshot.problems()).isEmpty();
		assertThat(snapshot.articles()).extracting(ArticleSource::slug)
			.containsExactlyInAnyOrder("alpha", "beta", "gamma", "delta");
		assertThat(snapshot.tags()).extracting(TagSource::slug)
			.containsExactlyInAnyOrder("myositis", "steroid-treatment", "diagnosis");
		assertThat(snapshot.glossary()).singleElement().satisfies((term) -> {
			assertThat(term.term()).isEqualTo("Creatine kinase");
			assertThat(term.abbreviation()).isEqualTo("CK");
			assertThat(term.aliases()).containsExactly("CPK");
		});
		assertThat(snapshot.synonyms()).extracting(SynonymGroup::term).containsExactly("dysphagia", "dermatomyositis");
		assertThat(snapshot.site().name()).isEqualTo("Test Guide");
		assertThat(snapshot.site().featured()).containsExactly("alpha");
	}

	@Test
	void frontMatterFieldsAreRead() {
		ArticleSource alpha = article(this.loader.load(GOOD), "alpha");
		assertThat(alpha.title()).isEqualTo("Alpha: Steroids for Myositis");
		assertThat(alpha.tags()).containsExactly("myositis", "steroid-treatment");
		assertThat(alpha.published()).hasToString("2025-11-07");
		assertThat(alpha.reviewDue()).as("defaults to reviewed + 12 months").hasToString("2027-10-01");
		assertThat(alpha.aliases()).containsExactly("old-alpha");
		assertThat(alpha.keyPoints()).containsExactly("Steroids calm the immune system.");
		assertThat(alpha.references()).singleElement()
			.satisfies((ref) -> assertThat(ref.url()).isEqualTo("https://doi.org/10.1093/rheumatology/keac115"));
	}

	@Test
	void aLongTitleNeedsAShortHeadingForThePage() throws java.io.IOException {
		Path root = org.myositisguide.support.TestFiles.copyOfFixtures();
		Path beta = root.resolve("articles/beta.md");
		String text = java.nio.file.Files.readString(beta);
		String longTitle = "title: \"Beta: A Very Long Title About Rest, Pacing, Energy and Everything Else in a Day\"";
		java.nio.file.Files.writeString(beta, text.replaceFirst("title: .*", longTitle));
		ContentSnapshot snapshot = this.loader.load(root);
		assertThat(snapshot.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.path()).endsWith("beta.md");
			assertThat(problem.line()).isEqualTo(2);
			assertThat(problem.message()).startsWith("the page heading is 79 characters");
		});
		java.nio.file.Files.writeString(beta,
				text.replaceFirst("title: .*", longTitle + "\nheading: \"Beta: rest and pacing\""));
		snapshot = this.loader.load(root);
		assertThat(snapshot.problems()).isEmpty();
		ArticleSource article = article(snapshot, "beta");
		assertThat(article.heading()).isEqualTo("Beta: rest and pacing");
		assertThat(article.title()).startsWith("Beta: A Very Long Title");
		assertThat(article(snapshot, "alpha").heading()).as("without one, the title")
			.isEqualTo("Alpha: Steroids for Myositis");
	}

	@Test
	void renderingDerivesSafeHtmlTocAndStatistics() {
		MarkdownRenderer.Rendered rendered = article(this.loader.load(GOOD), "alpha").rendered();
		assertThat(rendered.html()).contains("<h2 id=\"what-steroids-do\">What steroids do</h2>")
			.doesNotContain("<script")
			.contains("title=\"Creatine kinase: An enzyme that leaks from damaged muscle into the blood.\"");
		assertThat(rendered.toc()).extracting(Heading::id)
			.containsExactly("what-steroids-do", "how-long-you-take-them", "when-to-get-urgent-help");
		assertThat(rendered.stats().words()).isBetween(30, 45);
		assertThat(rendered.stats().minutes()).isEqualTo(1);
	}

	@Test
	void everyProblemNamesFileLineAndSeverity() {
		List<String> problems = this.loader.load(BROKEN).problems().stream().map(Problem::toString).toList();
		String dir = BROKEN + "/";
		assertThat(problems).contains(dir + "articles/missing-title.md:1: error: missing required field 'title'", dir
				+ "articles/bad-things.md:4: error: unknown tag 'no-such-tag': there is no file tags/no-such-tag.md",
				dir + "articles/bad-things.md:5: error: 'published' is not a valid date: '2025-13-45' (use YYYY-MM-DD)",
				dir + "articles/bad-things.md:8: warning: unknown front matter key 'colour' (ignored)",
				dir + "articles/bad-things.md:15: error: broken link: no article 'does-not-exist'",
				dir + "articles/bad-things.md:15: error: broken link: no glossary term 'nothing'",
				dir + "tags/myositis.md:1: warning: related tag 'nope' does not exist");
		assertThat(problems)
			.anySatisfy((p) -> assertThat(p).startsWith(dir + "articles/Bad_Slug.md:1: error: file name"));
		assertThat(problems).anySatisfy((p) -> assertThat(p).matches(".*bad-yaml.md:\\d+: error: invalid YAML: .*"));
	}

	@Test
	void subjectTopicsAreReadAndAnUnknownOneIsAWarning() throws Exception {
		Path dir = org.myositisguide.support.TestFiles.copyOfFixtures();
		java.nio.file.Files.writeString(dir.resolve("site.yml"), java.nio.file.Files.readString(dir.resolve("site.yml"))
				+ "subject-topics: [myositis, no-such-topic]\n");
		ContentSnapshot snapshot = this.loader.load(dir);
		assertThat(snapshot.site().subjectTopics()).containsExactly("myositis", "no-such-topic");
		assertThat(snapshot.problems().stream().map(Problem::toString))
			.contains(dir + "/site.yml:1: warning: subject-topics names topic 'no-such-topic', which does not exist: "
					+ "search cannot treat its names as context");
	}

	@Test
	void topicsNameAnExistingMainArticleAndBroaderTopicsWithoutCircles() throws Exception {
		Path dir = org.myositisguide.support.TestFiles.copyOfFixtures();
		java.nio.file.Files.writeString(dir.resolve("tags/diagnosis.md"),
				java.nio.file.Files.readString(dir.resolve("tags/diagnosis.md"))
					.replaceFirst("\n---\n", "\nbroader: myositis\nmain: no-such-article\n---\n"));
		java.nio.file.Files.writeString(dir.resolve("tags/myositis.md"),
				java.nio.file.Files.readString(dir.resolve("tags/myositis.md"))
					.replaceFirst("\n---\n", "\nbroader: diagnosis\n---\n"));
		java.nio.file.Files.writeString(dir.resolve("tags/steroid-treatment.md"),
				java.nio.file.Files.readString(dir.resolve("tags/steroid-treatment.md"))
					.replaceFirst("\n---\n", "\nbroader: no-such-topic\n---\n"));
		List<String> problems = this.loader.load(dir).problems().stream().map(Problem::toString).toList();
		String prefix = dir + "/tags/";
		assertThat(problems).contains(prefix + "diagnosis.md:1: error: main article 'no-such-article' does not exist",
				prefix + "diagnosis.md:1: error: broader topics go round in a circle: diagnosis > myositis > diagnosis",
				prefix + "myositis.md:1: error: broader topics go round in a circle: myositis > diagnosis > myositis",
				prefix + "steroid-treatment.md:1: error: broader topic 'no-such-topic' does not exist");
	}

	@Test
	void brokenArticlesAreLeftOutButStillCountAsOnDisk() {
		ContentSnapshot snapshot = this.loader.load(BROKEN);
		assertThat(snapshot.articles()).isEmpty();
		assertThat(snapshot.articleSlugsOnDisk()).contains("missing-title", "bad-things", "bad-yaml", "Bad_Slug");
		assertThat(snapshot.errorCount()).isGreaterThanOrEqualTo(6);
	}

	@Test
	void unchangedArticlesAreNotRenderedAgain() {
		ContentSnapshot first = this.loader.load(GOOD);
		ArticleSource alpha = article(first, "alpha");
		ContentSnapshot second = this.loader.load(GOOD, java.util.Map.of("alpha", alpha.hash()));
		assertThat(article(second, "alpha").rendered()).isNull();
		assertThat(article(second, "beta").rendered()).isNotNull();
	}

	@Test
	void missingFolderIsReportedNotThrown() {
		ContentSnapshot snapshot = this.loader.load(Path.of("does/not/exist"));
		assertThat(snapshot.problems()).singleElement()
			.satisfies((p) -> assertThat(p.message()).startsWith("content folder not found"));
	}

	private static ArticleSource article(ContentSnapshot snapshot, String slug) {
		return snapshot.articles().stream().filter((a) -> a.slug().equals(slug)).findFirst().orElseThrow();
	}

	@Test
	void aLaterLoadReadsOnlyFilesThatChangedAndStillRendersTheRest() throws Exception {
		Path root = org.myositisguide.support.TestFiles.copyOfFixtures();
		ContentLoader loader = new ContentLoader();
		ContentSnapshot first = loader.load(root);
		Path beta = root.resolve("articles/beta.md");
		String text = java.nio.file.Files.readString(beta);
		java.nio.file.attribute.FileTime time = java.nio.file.Files.getLastModifiedTime(beta);
		// Same size, same time, same file: the loader trusts its memory and does not read
		// it.
		java.nio.file.Files.writeString(beta, text.replaceFirst("title: \"B", "title: \"X"));
		java.nio.file.Files.setLastModifiedTime(beta, time);
		assertThat(title(loader.load(root), "beta")).isEqualTo(title(first, "beta"));
		// A real change (new time) is read, and unchanged articles are still rendered
		// from disk.
		java.nio.file.Files.setLastModifiedTime(beta,
				java.nio.file.attribute.FileTime.fromMillis(time.toMillis() + 5000));
		ContentSnapshot third = loader.load(root);
		assertThat(title(third, "beta")).startsWith("X");
		ArticleSource alpha = third.articles().stream().filter((a) -> a.slug().equals("alpha")).findFirst().get();
		assertThat(alpha.rendered().html()).contains("Steroids calm the immune system.");
		assertThat(third.problems()).isEqualTo(first.problems());
	}

	private static String title(ContentSnapshot snapshot, String slug) {
		return snapshot.articles().stream().filter((a) -> a.slug().equals(slug)).findFirst().get().title();
	}

	@Test
	void articlesAboutTheLungsHeartSwallowingOrComplicationsNeedAnUrgentCareCardLinkingToUrgentHelp() throws Exception {
		Path root = org.myositisguide.support.TestFiles.copyOfFixtures();
		java.nio.file.Files.writeString(root.resolve("tags/lungs.md"),
				"---\nname: Lungs\ntitle: Lungs\ndefinition: how myositis can affect breathing\n---\nLungs.\n");
		String article = java.nio.file.Files.readString(root.resolve("articles/beta.md"))
			.replaceFirst("tags: \\[[^\\]]*\\]", "tags: [lungs]");
		java.nio.file.Files.writeString(root.resolve("articles/beta.md"), article);
		assertThat(new ContentLoader().load(root).problems()).extracting(Problem::toString)
			.anyMatch((p) -> p.contains("beta.md:1: error: an article about complications, the lungs"));
		java.nio.file.Files.writeString(root.resolve("articles/beta.md"), article
				+ "\n!!! urgent \"Get help today if\"\n    You are more breathless. See [urgent help](/articles/when-to-get-urgent-help).\n");
		java.nio.file.Files.writeString(root.resolve("articles/when-to-get-urgent-help.md"),
				java.nio.file.Files.readString(root.resolve("articles/alpha.md"))
					.replaceFirst("title: .*", "title: \"Urgent help\"")
					.replaceFirst("aliases: .*", "aliases: []"));
		assertThat(new ContentLoader().load(root).problems()).extracting(Problem::toString)
			.noneMatch((p) -> p.contains("care card"));
	}

	@Test
	void warnsWhenAnArticleCannotGetThreeRelatedArticles() throws Exception {
		Path root = org.myositisguide.support.TestFiles.copyOfFixtures();
		assertThat(new ContentLoader().load(root).problems()).as("too few articles for the rule").isEmpty();
		java.nio.file.Files.writeString(root.resolve("articles/epsilon.md"),
				java.nio.file.Files.readString(root.resolve("articles/beta.md"))
					.replaceFirst("title: .*", "title: \"Epsilon\"")
					.replaceFirst("tags: \\[[^\\]]*\\]", "tags: [diagnosis]"));
		assertThat(new ContentLoader().load(root).problems()).extracting(Problem::toString)
			.anyMatch((p) -> p.endsWith("/articles/epsilon.md:1: warning: only 0 other articles share a topic "
					+ "with this one, so fewer than 3 related articles can be shown: add a 'related' list or a topic"));
	}

}
