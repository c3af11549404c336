package org.myositisguide.catalog;

import java.util.List;

/**
 * A medical term of the glossary in the index.
 */
public record GlossaryEntry(String slug, String term, String abbreviation, List<String> aliases, String definition,
		String bodyHtml) {
}
