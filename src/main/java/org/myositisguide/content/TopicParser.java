package org.myositisguide.content;

import java.util.List;
import java.util.Set;

/**
 * Reads tag (topic) and glossary files' front matter.
 */
final class TopicParser {

	static final Set<String> TAG_KEYS = Set.of("name", "title", "definition", "aliases", "related");

	static final Set<String> GLOSSARY_KEYS = Set.of("term", "abbreviation", "aliases", "definition");

	private TopicParser() {
	}

	static TagSource tag(String slug, SourceFile file, List<Problem> problems) {
		checkSlug(slug, file, problems);
		FrontMatter fm = FrontMatter.parse(file, problems);
		fm.warnUnknownKeys(TAG_KEYS);
		return new TagSource(slug, file.path(), file.hash(), fm.requiredString("name"), fm.requiredString("title"),
				fm.requiredString("definition"), fm.stringList("aliases"), fm.stringList("related"), null);
	}

	static GlossarySource glossary(String slug, SourceFile file, List<Problem> problems) {
		checkSlug(slug, file, problems);
		FrontMatter fm = FrontMatter.parse(file, problems);
		fm.warnUnknownKeys(GLOSSARY_KEYS);
		return new GlossarySource(slug, file.path(), file.hash(), fm.requiredString("term"),
				fm.string("abbreviation").orElse(null), fm.stringList("aliases"), fm.requiredString("definition"),
				null);
	}

	private static void checkSlug(String slug, SourceFile file, List<Problem> problems) {
		if (!ArticleParser.isSlug(slug)) {
			problems.add(Problem.error(file.path(), 0, "file name '" + slug + "' is not a valid slug"));
		}
	}

}
