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
 * Reads the whole content folder: parses every file, validates each one and the links
 * between them, and renders what changed. One broken file is reported and skipped; it
 * never stops the rest.
 */
public final class ContentLoader {

	/** Bump when rendering changes, so every article is rendered again once. */
	static final String RENDER_VERSION = "6";

	private static final double GRADE_WARNING = 9.0;

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	private final Map<Path, CachedArticle> articleCache = new java.util.concurrent.ConcurrentHashMap<>();

	private volatile Set<String> cachedTags = Set.of();

	/**
	 * Whether a name is a valid slug: lowercase letters, digits and single hyphens.
	 */
	public static boolean isSlug(String value) {
		return value != null && ArticleParser.isSlug(value);
	}

	/** Related lists should show at least this many articles. */
	static final int MIN_RELATED = 3;

	/**
	 * Warns about published articles that cannot get three related articles: fewer than
	 * three other published articles share a topic with them or are in their own
	 * {@code related} list (only in a library large enough for that to be possible).
	 */
	private static void warnFewRelated(Map<String, Parsed<ArticleSource>> articles) {
		Map<String, Set<String>> byTag = new HashMap<>();
		articles.values()
			.stream()
			.map(Parsed::value)
			.filter((a) -> !a.isDraft())
			.forEach((a) -> a.tags()
				.forEach((t) -> byTag.computeIfAbsent(t, (k) -> new java.util.HashSet<>()).add(a.slug())));
		long published = articles.values().stream().filter((a) -> !a.value().isDraft()).count();
		if (published <= MIN_RELATED) {
			return;
		}
		for (Parsed<ArticleSource> parsed : articles.values()) {
			ArticleSource article = parsed.value();
			if (article.isDraft()) {
				continue;
			}
			int candidates = relatedCandidates(article, byTag);
			if (candidates < MIN_RELATED) {
				parsed.problems()
					.add(Problem.warning(article.path(), 0,
							"only " + candidates + " other articles share a topic with this one, so fewer than "
									+ MIN_RELATED + " related articles can be shown: add a 'related' list or a topic"));
			}
		}
	}

	/**
	 * How many other articles could be related to this one, counted only up to
	 * {@link #MIN_RELATED} (a topic of a large library holds thousands of articles, and
	 * this runs for every article on every index run).
	 */
	private static int relatedCandidates(ArticleSource article, Map<String, Set<String>> byTag) {
		Set<String> candidates = new java.util.HashSet<>(article.related());
		candidates.remove(article.slug());
		for (String tag : article.tags()) {
			for (String slug : byTag.getOrDefault(tag, Set.of())) {
				if (candidates.size() >= MIN_RELATED) {
					return candidates.size();
				}
				if (!slug.equals(article.slug())) {
					candidates.add(slug);
				}
			}
		}
		return candidates.size();
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
		ContentFiles files = open(root, problems);
		if (files == null) {
			return new ContentSnapshot(SiteInfo.DEFAULT, List.of(), Set.of(), List.of(), List.of(), List.of(),
					List.of(), List.of(), List.copyOf(problems));
		}
		SiteInfo site = SiteFileParser.site(files, root.resolve("site.yml"), problems);
		List<SynonymGroup> synonyms = SiteFileParser.synonyms(files, root.resolve("search").resolve("synonyms.txt"),
				problems);
		Map<String, Parsed<TagSource>> tags = parseAll(files, "tags", problems, TopicParser::tag);
		Map<String, Parsed<GlossarySource>> glossary = parseAll(files, "glossary", problems, TopicParser::glossary);
		Map<String, Parsed<ArticleSource>> articles = parseArticles(files, problems, tags.keySet());
		Map<String, Parsed<UrgentSign>> urgent = parseAll(files, "urgent", problems, TopicParser::urgentSign);
		Map<String, Parsed<PageSource>> pages = parseAll(files, "pages", problems, TopicParser::page);

		LinkChecker links = new LinkChecker(articles.keySet(), tags.keySet(), glossary.keySet(),
				articles.values()
					.stream()
					.filter((a) -> a.value().isDraft())
					.map((a) -> a.value().slug())
					.collect(Collectors.toSet()),
				pages.keySet());
		Map<String, String> hints = hints(tags, glossary);

		List<TagSource> validTags = new ArrayList<>();
		for (Parsed<TagSource> tag : tags.values()) {
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
					source.definition(), source.aliases(), source.related(),
					this.renderer.render(tagBody, hints).html()));
		}
		List<GlossarySource> validGlossary = new ArrayList<>();
		for (Parsed<GlossarySource> term : glossary.values()) {
			GlossarySource source = term.value();
			com.vladsch.flexmark.util.ast.Document termBody = this.renderer.parse(term.body());
			links.check(source.path(), term.bodyLine(), this.renderer.links(termBody), term.problems());
			UrgencyWording.check(source.path(), term.bodyLine(), termBody, term.problems());
			validGlossary.add(new GlossarySource(source.slug(), source.path(), source.hash(), source.term(),
					source.abbreviation(), source.aliases(), source.definition(),
					this.renderer.render(termBody, hints).html()));
		}
		List<PageSource> validPages = new ArrayList<>();
		for (Parsed<PageSource> page : pages.values()) {
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
		DuplicateChecker.check(articles.values().stream().map(Parsed::value).toList(), validTags, validGlossary,
				problems);

		List<ArticleSource> validArticles = articles.values().parallelStream().map((parsed) -> {
			ArticleSource article = parsed.value();
			List<Problem> own = parsed.problems();
			for (String related : article.related()) {
				if (!articles.containsKey(related)) {
					own.add(Problem.error(article.path(), 0, "related article '" + related + "' does not exist"));
				}
			}
			checkBody(article, parsed.bodyLine(), parsed.outline(), links, urgentSigns, own);
			String hash = SourceFile.sha256(article.hash() + renderHash);
			ArticleSource withHash = article.withHash(hash);
			if (own.stream().anyMatch(Problem::isError)) {
				return null;
			}
			if (hash.equals(indexedHashes.get(article.slug()))) {
				return withHash;
			}
			String body = (parsed.body() != null) ? parsed.body() : reread(files, parsed, own);
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

		warnFewRelated(articles);
		for (Map<String, ? extends Parsed<?>> parsed : List.of(tags, glossary, urgent, pages, articles)) {
			parsed.values().forEach((p) -> problems.addAll(p.problems()));
		}
		List<Problem> sorted = new ArrayList<>(problems);
		sorted.sort((a, b) -> (a.path().equals(b.path())) ? Integer.compare(a.line(), b.line())
				: a.path().compareTo(b.path()));
		Set<String> onDisk = files.slugs("articles");
		return new ContentSnapshot(site, validArticles, onDisk, validTags, validGlossary, validPages, urgentSigns.all(),
				synonyms, List.copyOf(sorted));
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
		ContentFiles files = open(root, problems);
		if (files == null) {
			return new ArticleCheck(null, problems);
		}
		Map<String, Parsed<TagSource>> tags = parseAll(files, "tags", new ArrayList<>(), TopicParser::tag);
		Map<String, Parsed<GlossarySource>> glossary = parseAll(files, "glossary", new ArrayList<>(),
				TopicParser::glossary);
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
		LinkChecker links = new LinkChecker(articles, tags.keySet(), glossary.keySet(), Set.of(), files.slugs("pages"));
		UrgentSigns urgentSigns = urgentSigns(
				parseAll(files, "urgent", new ArrayList<>(), TopicParser::urgentSign).values(), links);
		checkBody(article, source.bodyLine(), this.renderer.outline(markdown), links, urgentSigns, problems);
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
	 * The checks of an article's body against the rest of the folder: links, care cards,
	 * urgent signs and citations.
	 */
	private static void checkBody(ArticleSource article, int bodyLine, MarkdownRenderer.Outline outline,
			LinkChecker links, UrgentSigns urgent, List<Problem> problems) {
		links.check(article.path(), bodyLine, outline.links(), problems);
		CareCards.check(article, outline, urgent, problems);
		urgent.check(article.path(), bodyLine, outline, problems);
		Citations.check(article.path(), bodyLine, outline.citations(), article.references().size(), problems);
	}

	/**
	 * The urgent-sign entries without errors, each card rendered once. An entry's body is
	 * plain Markdown: no headings, cards or tags of its own (the card is made around it).
	 */
	private UrgentSigns urgentSigns(java.util.Collection<Parsed<UrgentSign>> parsed, LinkChecker links) {
		List<UrgentSign> valid = new ArrayList<>();
		for (Parsed<UrgentSign> entry : parsed) {
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

	/** The content folder, or null with a problem recorded when it cannot be read. */
	private static ContentFiles open(Path root, List<Problem> problems) {
		try {
			return new ContentFiles(root);
		}
		catch (IOException ex) {
			problems
				.add(Problem.error(root.toString(), 0, "content folder not found or unreadable: " + ex.getMessage()));
			return null;
		}
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

	private static Map<String, String> hints(Map<String, Parsed<TagSource>> tags,
			Map<String, Parsed<GlossarySource>> glossary) {
		Map<String, String> hints = new HashMap<>();
		tags.values()
			.forEach((t) -> hints.put(SiteUrls.topic(t.value().slug()),
					t.value().name() + ", " + t.value().definition()));
		glossary.values()
			.forEach((g) -> hints.put(SiteUrls.glossary(g.value().slug()),
					g.value().term() + ": " + g.value().definition()));
		return hints;
	}

	/**
	 * Parses every Markdown file of a folder. Files with errors in their front matter are
	 * reported and left out; the rest are returned by slug.
	 */
	private <T> Map<String, Parsed<T>> parseAll(ContentFiles files, String folder, List<Problem> problems,
			FileParser<T> parser) {
		Map<String, Parsed<T>> result = new java.util.LinkedHashMap<>();
		for (Path file : files.markdownFiles(folder, problems)) {
			List<Problem> own = new ArrayList<>();
			Optional<String> text = files.read(file, own);
			String name = file.getFileName().toString();
			String slug = name.substring(0, name.length() - 3);
			if (text.isPresent()) {
				SourceFile source = SourceFile.parse(files.display(file), text.get());
				T value = parser.parse(slug, source, own);
				boolean hasErrors = own.stream().anyMatch(Problem::isError);
				if (!hasErrors || "articles".equals(folder)) {
					result.put(slug, new Parsed<>(value, file, source.body(), source.bodyLine(), own, null));
					continue;
				}
			}
			problems.addAll(own);
		}
		return result;
	}

	/** Turns one file into a source value, recording problems. */
	@FunctionalInterface
	interface FileParser<T> {

		T parse(String slug, SourceFile file, List<Problem> problems);

	}

	/** A parsed file with its body and its own problems. */
	record Parsed<T>(T value, Path file, String body, int bodyLine, List<Problem> problems,
			MarkdownRenderer.Outline outline) {
	}

	/**
	 * Parses every article file, in parallel, with the outline of its body (links, cards,
	 * tags, citations). A file whose identity, size and modification time have not
	 * changed since the last load is not read again: its parsed front matter, problems
	 * and links come from memory (its body is read again only if it has to be rendered).
	 * This is what makes a one-file change cheap in a large library.
	 */
	private Map<String, Parsed<ArticleSource>> parseArticles(ContentFiles files, List<Problem> problems,
			Set<String> tags) {
		if (!tags.equals(this.cachedTags)) {
			this.articleCache.clear();
			this.cachedTags = Set.copyOf(tags);
		}
		List<Path> paths = files.markdownFiles("articles", problems);
		Set<Path> present = new java.util.HashSet<>(paths);
		this.articleCache.keySet().retainAll(present);
		List<Map.Entry<String, Parsed<ArticleSource>>> parsed = paths.parallelStream().map((file) -> {
			String name = file.getFileName().toString();
			String slug = name.substring(0, name.length() - 3);
			Object stamp = stamp(file);
			CachedArticle cached = this.articleCache.get(file);
			if (cached != null && stamp != null && stamp.equals(cached.stamp())) {
				return Map.entry(slug, new Parsed<>(cached.value(), file, null, cached.bodyLine(),
						new ArrayList<>(cached.problems()), cached.outline()));
			}
			List<Problem> own = new ArrayList<>();
			Optional<String> text = files.read(file, own);
			if (text.isEmpty()) {
				problems.addAll(own);
				return null;
			}
			SourceFile source = SourceFile.parse(files.display(file), text.get());
			ArticleSource value = ArticleParser.parse(slug, source, own, tags);
			com.vladsch.flexmark.util.ast.Document document = this.renderer.parse(source.body());
			MarkdownRenderer.Outline outline = this.renderer.outline(document);
			if (!SiteUrls.URGENT_HELP.equals(SiteUrls.article(slug))) {
				UrgencyWording.check(source.path(), source.bodyLine(), document, own);
			}
			if (stamp != null) {
				this.articleCache.put(file,
						new CachedArticle(stamp, value, source.bodyLine(), List.copyOf(own), outline));
			}
			return Map.entry(slug, new Parsed<>(value, file, source.body(), source.bodyLine(), own, outline));
		}).filter((e) -> e != null).toList();
		Map<String, Parsed<ArticleSource>> result = new java.util.LinkedHashMap<>();
		parsed.forEach((e) -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	/** What identifies a version of a file: its inode, size and modification time. */
	private static Object stamp(Path file) {
		try {
			java.nio.file.attribute.BasicFileAttributes attributes = java.nio.file.Files.readAttributes(file,
					java.nio.file.attribute.BasicFileAttributes.class);
			return java.util.Arrays.asList(attributes.fileKey(), attributes.size(),
					attributes.lastModifiedTime().toMillis(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** The body of an article known from memory, read again to be rendered. */
	private static String reread(ContentFiles files, Parsed<ArticleSource> parsed, List<Problem> problems) {
		return files.read(parsed.file(), problems)
			.map((text) -> SourceFile.parse(files.display(parsed.file()), text).body())
			.orElse(null);
	}

	/** An article file as parsed at a given stamp. */
	private record CachedArticle(Object stamp, ArticleSource value, int bodyLine, List<Problem> problems,
			MarkdownRenderer.Outline outline) {
	}

}
