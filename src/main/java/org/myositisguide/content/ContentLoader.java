package org.myositisguide.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The content pipeline for the whole folder: reads every file ({@link ContentReader}),
 * checks each one and the links between them ({@link ContentChecks}), and renders what
 * changed ({@link MarkdownRenderer}); the same for one article an editor is writing. One
 * broken file is reported and skipped; it never stops the rest. The indexer and the
 * editor share one instance (and its memory of parsed files); the {@code check} command
 * makes its own.
 */
public final class ContentLoader {

	/** Bump when rendering changes, so every article is rendered again once. */
	static final String RENDER_VERSION = "10";

	private static final double GRADE_WARNING = 8.0;

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	private final ContentReader reader = new ContentReader(this.renderer);

	/**
	 * Whether a name is a valid slug: lowercase letters, digits and single hyphens.
	 */
	public static boolean isSlug(String value) {
		return value != null && ArticleParser.isSlug(value);
	}

	/**
	 * Only the site-wide settings ({@code site.yml}), or the defaults when unreadable.
	 */
	public SiteInfo site(Path root) {
		try {
			return SiteFileParser.site(new ContentFiles(root), root.resolve("site.yml"), new ArrayList<>());
		}
		catch (IOException ex) {
			return SiteInfo.DEFAULT;
		}
	}

	/** Loads and renders everything (for checks and tests). */
	public ContentSnapshot load(Path root) {
		return load(root, Map.of());
	}

	/**
	 * Loads the folder.
	 * @param indexedHashes render hash of each article already in the index, by slug;
	 * articles whose hash matches are validated but not rendered again
	 */
	public ContentSnapshot load(Path root, Map<String, String> indexedHashes) {
		List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
		ContentFiles files = ContentReader.open(root, problems);
		if (files == null) {
			return new ContentSnapshot(SiteInfo.DEFAULT, List.of(), Set.of(), List.of(), List.of(), List.of(),
					List.of(), List.of(), List.copyOf(problems));
		}
		SiteInfo site = SiteFileParser.site(files, root.resolve("site.yml"), problems);
		List<SynonymGroup> synonyms = SiteFileParser.synonyms(files, root.resolve("search").resolve("synonyms.txt"),
				problems);
		Map<String, ContentReader.Parsed<TagSource>> tags = this.reader.parseAll(files, "tags", problems,
				TopicParser::tag);
		Map<String, ContentReader.Parsed<GlossarySource>> glossary = this.reader.parseAll(files, "glossary", problems,
				TopicParser::glossary);
		Map<String, ContentReader.Parsed<ArticleSource>> articles = this.reader.parseArticles(files, problems,
				tags.keySet());
		Map<String, ContentReader.Parsed<UrgentSign>> urgent = this.reader.parseAll(files, "urgent", problems,
				TopicParser::urgentSign);
		Map<String, ContentReader.Parsed<PageSource>> pages = this.reader.parseAll(files, "pages", problems,
				TopicParser::page);

		LinkChecker links = new LinkChecker(articles.keySet(), tags.keySet(), glossary.keySet(),
				articles.values()
					.stream()
					.filter((a) -> a.value().isDraft())
					.map((a) -> a.value().slug())
					.collect(Collectors.toSet()),
				pages.keySet(), files.names("images"));
		Map<String, String> hints = hints(tags, glossary);

		List<TagSource> validTags = new ArrayList<>();
		for (ContentReader.Parsed<TagSource> tag : tags.values()) {
			TagSource source = tag.value();
			for (String related : source.related()) {
				if (!tags.containsKey(related)) {
					tag.problems()
						.add(Problem.warning(source.path(), 0, "related tag '" + related + "' does not exist"));
				}
			}
			com.vladsch.flexmark.util.ast.Document tagBody = this.renderer.parse(tag.body());
			links.check(source.path(), tag.bodyLine(), this.renderer.links(tagBody), tag.problems());
			UrgencyWording.check(source.path(), tag.bodyLine(), tagBody, tag.problems());
			validTags.add(new TagSource(source.slug(), source.path(), source.hash(), source.name(), source.title(),
					source.definition(), source.aliases(), source.related(), source.main(), source.broader(),
					this.renderer.render(tagBody, hints).html()));
		}
		List<GlossarySource> validGlossary = new ArrayList<>();
		for (ContentReader.Parsed<GlossarySource> term : glossary.values()) {
			GlossarySource source = term.value();
			com.vladsch.flexmark.util.ast.Document termBody = this.renderer.parse(term.body());
			links.check(source.path(), term.bodyLine(), this.renderer.links(termBody), term.problems());
			UrgencyWording.check(source.path(), term.bodyLine(), termBody, term.problems());
			validGlossary.add(new GlossarySource(source.slug(), source.path(), source.hash(), source.term(),
					source.abbreviation(), source.aliases(), source.definition(),
					this.renderer.render(termBody, hints).html()));
		}
		List<PageSource> validPages = new ArrayList<>();
		for (ContentReader.Parsed<PageSource> page : pages.values()) {
			PageSource source = page.value();
			links.check(source.path(), page.bodyLine(), this.renderer.links(page.body()), page.problems());
			validPages.add(new PageSource(source.slug(), source.path(), source.hash(), source.title(), source.summary(),
					source.updated(), this.renderer.render(page.body(), hints).html()));
		}
		UrgentSigns urgentSigns = urgentSigns(urgent.values(), links);
		GlossaryLinker glossaryLinker = new GlossaryLinker(
				validGlossary.stream().sorted(Comparator.comparing(GlossarySource::slug)).toList());
		String renderHash = SourceFile
			.sha256(RENDER_VERSION + new TreeMap<>(hints) + glossaryLinker.signature() + urgentSigns.signature());
		DuplicateChecker.check(articles.values().stream().map(ContentReader.Parsed::value).toList(), validTags,
				validGlossary, problems);

		List<ArticleSource> validArticles = articles.values().parallelStream().map((parsed) -> {
			ArticleSource article = parsed.value();
			List<Problem> own = parsed.problems();
			for (String related : article.related()) {
				if (!articles.containsKey(related)) {
					own.add(Problem.error(article.path(), 0, "related article '" + related + "' does not exist"));
				}
			}
			ContentChecks.checkBody(article, parsed.bodyLine(), parsed.outline(), links, urgentSigns, own);
			String hash = SourceFile.sha256(article.hash() + renderHash);
			ArticleSource withHash = article.withHash(hash);
			if (own.stream().anyMatch(Problem::isError)) {
				return null;
			}
			if (hash.equals(indexedHashes.get(article.slug()))) {
				return withHash;
			}
			String body = (parsed.body() != null) ? parsed.body() : ContentReader.reread(files, parsed, own);
			if (body == null) {
				return null;
			}
			MarkdownRenderer.Rendered rendered = this.renderer.render(this.renderer.parse(body), hints, glossaryLinker,
					urgentSigns);
			if (rendered.stats().grade() > GRADE_WARNING) {
				own.add(Problem.warning(article.path(), 0, "reading grade " + rendered.stats().grade() + " is above "
						+ GRADE_WARNING + ": use shorter sentences and plainer words"));
			}
			return withHash.withRendered(rendered);
		}).filter((a) -> a != null).toList();

		ContentChecks.warnFewRelated(articles);
		ContentChecks.checkTopics(tags, articles);
		ContentChecks.checkSiteArticles(site, files.display(root.resolve("site.yml")), articles, tags, problems);
		for (Map<String, ? extends ContentReader.Parsed<?>> parsed : List.of(tags, glossary, urgent, pages, articles)) {
			parsed.values().forEach((p) -> problems.addAll(p.problems()));
		}
		List<Problem> sorted = new ArrayList<>(problems);
		sorted.sort((a, b) -> (a.path().equals(b.path())) ? Integer.compare(a.line(), b.line())
				: a.path().compareTo(b.path()));
		Set<String> onDisk = files.slugs("articles");
		return new ContentSnapshot(site.withEmergencySigns(urgentSigns.links(CareCards.EMERGENCY)), validArticles,
				onDisk, validTags, validGlossary, validPages, urgentSigns.all(), synonyms, List.copyOf(sorted));
	}

	/**
	 * Checks one article's text as if it were saved in the folder, and renders it: what
	 * an editor sees before anything is written. Reads the topics and the glossary
	 * (small) and only the names of the other articles, so it stays fast on a large
	 * library.
	 * @param root the content folder
	 * @param slug the article's slug (its file name without {@code .md})
	 * @param text the whole file: front matter and Markdown
	 */
	public ArticleCheck checkArticle(Path root, String slug, String text) {
		List<Problem> problems = new ArrayList<>();
		ContentFiles files = ContentReader.open(root, problems);
		if (files == null) {
			return new ArticleCheck(null, problems);
		}
		Map<String, ContentReader.Parsed<TagSource>> tags = this.reader.parseAll(files, "tags", new ArrayList<>(),
				TopicParser::tag);
		Map<String, ContentReader.Parsed<GlossarySource>> glossary = this.reader.parseAll(files, "glossary",
				new ArrayList<>(), TopicParser::glossary);
		Set<String> articles = new java.util.HashSet<>(files.slugs("articles"));
		articles.add(slug);
		String path = files.display(root.resolve("articles").resolve(slug + ".md"));
		SourceFile source = SourceFile.parse(path, text);
		ArticleSource article = ArticleParser.parse(slug, source, problems, tags.keySet());
		if (article == null) {
			return new ArticleCheck(null, problems);
		}
		for (String related : article.related()) {
			if (!articles.contains(related)) {
				problems.add(Problem.error(path, 0, "related article '" + related + "' does not exist"));
			}
		}
		com.vladsch.flexmark.util.ast.Document markdown = this.renderer.parse(source.body());
		LinkChecker links = new LinkChecker(articles, tags.keySet(), glossary.keySet(), Set.of(), files.slugs("pages"),
				files.names("images"));
		UrgentSigns urgentSigns = urgentSigns(
				this.reader.parseAll(files, "urgent", new ArrayList<>(), TopicParser::urgentSign).values(), links);
		ContentChecks.checkBody(article, source.bodyLine(), this.renderer.outline(markdown), links, urgentSigns,
				problems);
		if (problems.stream().anyMatch(Problem::isError)) {
			return new ArticleCheck(null, problems);
		}
		MarkdownRenderer.Rendered rendered = this.renderer.render(markdown, hints(tags, glossary), GlossaryLinker.NONE,
				urgentSigns);
		if (rendered.stats().grade() > GRADE_WARNING) {
			problems.add(Problem.warning(path, 0, "reading grade " + rendered.stats().grade() + " is above "
					+ GRADE_WARNING + ": use shorter sentences and plainer words"));
		}
		return new ArticleCheck(article.withRendered(rendered), problems);
	}

	/**
	 * The urgent-sign entries without errors, each card rendered once. An entry's body is
	 * plain Markdown: no headings, cards or tags of its own (the card is made around it).
	 */
	private UrgentSigns urgentSigns(java.util.Collection<ContentReader.Parsed<UrgentSign>> parsed, LinkChecker links) {
		List<UrgentSign> valid = new ArrayList<>();
		for (ContentReader.Parsed<UrgentSign> entry : parsed) {
			UrgentSign sign = entry.value();
			com.vladsch.flexmark.util.ast.Document body = this.renderer.parse(sign.body());
			MarkdownRenderer.Outline outline = this.renderer.outline(body);
			links.check(sign.path(), entry.bodyLine(), outline.links(), entry.problems());
			if (!outline.cards().isEmpty() || !outline.includes().isEmpty() || !outline.citations().isEmpty()
					|| body.getChildOfType(com.vladsch.flexmark.ast.Heading.class) != null) {
				entry.problems()
					.add(Problem.error(sign.path(), entry.bodyLine(), "an urgent sign's body is the card's text: no "
							+ "headings, care cards, {% %} tags or [n] citations (its sources are its references)"));
			}
			// A card is short lines: each counts as a sentence, as for any text without
			// prose.
			double grade = Readability.measure(List.of(this.renderer.render(body, Map.of()).plainText().split("\n")))
				.grade();
			if (grade > GRADE_WARNING) {
				entry.problems()
					.add(Problem.warning(sign.path(), 0, "reading grade " + grade + " is above " + GRADE_WARNING
							+ ": use shorter sentences and plainer words"));
			}
			if (entry.problems().stream().noneMatch(Problem::isError)) {
				valid.add(sign);
			}
		}
		return UrgentSigns.of(valid, this.renderer::html);
	}

	/**
	 * One article checked on its own.
	 *
	 * @param article the parsed and rendered article, or null when it has errors
	 * @param problems every problem found, errors and warnings
	 */
	public record ArticleCheck(ArticleSource article, List<Problem> problems) {

		public boolean hasErrors() {
			return this.problems.stream().anyMatch(Problem::isError);
		}

	}

	private static Map<String, String> hints(Map<String, ContentReader.Parsed<TagSource>> tags,
			Map<String, ContentReader.Parsed<GlossarySource>> glossary) {
		Map<String, String> hints = new HashMap<>();
		tags.values()
			.forEach((t) -> hints.put(SiteUrls.topic(t.value().slug()),
					t.value().name() + ", " + t.value().definition()));
		glossary.values()
			.forEach((g) -> hints.put(SiteUrls.glossary(g.value().slug()),
					g.value().term() + ": " + g.value().definition()));
		return hints;
	}

}
