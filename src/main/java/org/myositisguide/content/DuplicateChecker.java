package org.myositisguide.content;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds titles and aliases used twice, which would make two pages compete for one name.
 */
final class DuplicateChecker {

	private DuplicateChecker() {
	}

	static void check(List<ArticleSource> articles, List<TagSource> tags, List<GlossarySource> glossary,
			List<Problem> problems) {
		Map<String, String> titles = new HashMap<>();
		Map<String, String> slugs = new HashMap<>();
		for (ArticleSource article : articles) {
			slugs.put(article.slug(), article.path());
		}
		for (ArticleSource article : articles) {
			String previous = titles.putIfAbsent(key(article.title()), article.path());
			if (previous != null && !article.title().isBlank()) {
				problems.add(Problem.warning(article.path(), 0,
						"title '" + article.title() + "' is also used by " + previous));
			}
			for (String alias : article.aliases()) {
				String owner = slugs.putIfAbsent(alias, article.path());
				if (owner != null && !owner.equals(article.path())) {
					problems.add(Problem.error(article.path(), 0, "alias '" + alias + "' is already used by " + owner));
				}
			}
		}
		Map<String, String> names = new HashMap<>();
		for (TagSource tag : tags) {
			claim(names, tag.name(), tag.path(), "tag name", problems);
			for (String alias : tag.aliases()) {
				claim(names, alias, tag.path(), "tag alias", problems);
			}
		}
		Map<String, String> terms = new HashMap<>();
		for (GlossarySource term : glossary) {
			claim(terms, term.term(), term.path(), "glossary term", problems);
			for (String alias : term.aliases()) {
				claim(terms, alias, term.path(), "glossary alias", problems);
			}
		}
	}

	private static void claim(Map<String, String> owners, String name, String path, String kind,
			List<Problem> problems) {
		String previous = owners.putIfAbsent(key(name), path);
		if (previous != null && !previous.equals(path)) {
			problems.add(Problem.warning(path, 0, kind + " '" + name + "' is also used by " + previous));
		}
	}

	private static String key(String value) {
		return value.strip().toLowerCase(Locale.ROOT);
	}

}
