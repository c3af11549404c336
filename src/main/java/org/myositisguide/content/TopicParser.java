package org.myositisguide.content;

import java.util.List;
import java.util.Set;

/**
 * Reads the front matter of tag (topic), glossary and urgent-sign files.
 */
final class TopicParser {

	static final Set<String> TAG_KEYS = Set.of("name", "title", "definition", "aliases", "related", "main", "broader");

	static final Set<String> GLOSSARY_KEYS = Set.of("term", "abbreviation", "aliases", "definition");

	static final Set<String> PAGE_KEYS = Set.of("title", "summary", "updated");

	static final Set<String> URGENT_KEYS = Set.of("title", "level", "match", "everyday", "references");

	private TopicParser() {
	}

	static TagSource tag(String slug, SourceFile file, List<Problem> problems) {
		checkSlug(slug, file, problems);
		FrontMatter fm = FrontMatter.parse(file, problems);
		fm.warnUnknownKeys(TAG_KEYS);
		return new TagSource(slug, file.path(), file.hash(), fm.requiredString("name"), fm.requiredString("title"),
				fm.requiredString("definition"), fm.stringList("aliases"), fm.stringList("related"),
				fm.string("main").orElse(null), fm.string("broader").orElse(null), null);
	}

	static GlossarySource glossary(String slug, SourceFile file, List<Problem> problems) {
		checkSlug(slug, file, problems);
		FrontMatter fm = FrontMatter.parse(file, problems);
		fm.warnUnknownKeys(GLOSSARY_KEYS);
		return new GlossarySource(slug, file.path(), file.hash(), fm.requiredString("term"),
				fm.string("abbreviation").orElse(null), fm.stringList("aliases"), fm.requiredString("definition"),
				null);
	}

	static PageSource page(String slug, SourceFile file, List<Problem> problems) {
		checkSlug(slug, file, problems);
		FrontMatter fm = FrontMatter.parse(file, problems);
		fm.warnUnknownKeys(PAGE_KEYS);
		String summary = fm.requiredString("summary");
		if (summary.length() > ArticleParser.MAX_SUMMARY) {
			problems.add(Problem.error(file.path(), fm.line("summary"), "summary is " + summary.length()
					+ " characters; at most " + ArticleParser.MAX_SUMMARY + " allowed"));
		}
		return new PageSource(slug, file.path(), file.hash(), fm.requiredString("title"), summary,
				fm.date("updated", true).orElse(null), null);
	}

	static UrgentSign urgentSign(String slug, SourceFile file, List<Problem> problems) {
		checkSlug(slug, file, problems);
		FrontMatter fm = FrontMatter.parse(file, problems);
		fm.warnUnknownKeys(URGENT_KEYS);
		String level = fm.requiredString("level");
		if (!level.isEmpty() && !CareCards.TYPES.containsKey(level)) {
			problems.add(Problem.error(file.path(), fm.line("level"),
					"level must be emergency, urgent or routine, not '" + level + "'"));
		}
		List<String> match = fm.stringList("match")
			.stream()
			.map((phrase) -> phrase.strip().toLowerCase(java.util.Locale.ROOT))
			.filter((phrase) -> !phrase.isEmpty())
			.toList();
		if (match.isEmpty()) {
			problems.add(Problem.error(file.path(), fm.line("match"),
					"an urgent sign needs 'match': phrases that identify it in other cards"));
		}
		List<String> everyday = fm.stringList("everyday")
			.stream()
			.map((phrase) -> phrase.strip().toLowerCase(java.util.Locale.ROOT))
			.filter((phrase) -> !phrase.isEmpty())
			.toList();
		List<Reference> references = ArticleParser.references(fm, file.path(), problems);
		if (references.isEmpty()) {
			problems
				.add(Problem.error(file.path(), fm.line("references"), "an urgent sign needs at least one reference"));
		}
		if (file.body().isBlank()) {
			problems.add(Problem.error(file.path(), file.bodyLine(), "an urgent sign needs its signs in the body"));
		}
		return new UrgentSign(slug, file.path(), file.hash(), fm.requiredString("title"), level, match, everyday,
				references, file.body());
	}

	private static void checkSlug(String slug, SourceFile file, List<Problem> problems) {
		if (!ArticleParser.isSlug(slug)) {
			problems.add(Problem.error(file.path(), 0, "file name '" + slug + "' is not a valid slug"));
		}
	}

}
