package org.myositisguide.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Reads the content folder's files into parsed sources, each with the problems found in
 * the file alone, and remembers parsed articles by file identity, size and time, so that
 * a later read of a large library reads only the files that changed.
 */
final class ContentReader {

	private final MarkdownRenderer renderer;

	private final Map<Path, CachedArticle> articleCache = new java.util.concurrent.ConcurrentHashMap<>();

	private volatile Set<String> cachedTags = Set.of();

	ContentReader(MarkdownRenderer renderer) {
		this.renderer = renderer;
	}

	/** The content folder, or null with a problem recorded when it cannot be read. */
	static ContentFiles open(Path root, List<Problem> problems) {
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
	 * Parses every Markdown file of a folder. Files with errors in their front matter are
	 * reported and left out; the rest are returned by slug.
	 */
	<T> Map<String, Parsed<T>> parseAll(ContentFiles files, String folder, List<Problem> problems,
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
	Map<String, Parsed<ArticleSource>> parseArticles(ContentFiles files, List<Problem> problems, Set<String> tags) {
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
	static String reread(ContentFiles files, Parsed<ArticleSource> parsed, List<Problem> problems) {
		return files.read(parsed.file(), problems)
			.map((text) -> SourceFile.parse(files.display(parsed.file()), text).body())
			.orElse(null);
	}

	/** An article file as parsed at a given stamp. */
	private record CachedArticle(Object stamp, ArticleSource value, int bodyLine, List<Problem> problems,
			MarkdownRenderer.Outline outline) {
	}

}
