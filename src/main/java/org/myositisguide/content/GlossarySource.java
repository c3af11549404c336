package org.myositisguide.content;

import java.util.List;

/**
 * One medical term of the glossary.
 */
public record GlossarySource(String slug, String path, String hash, String term, String abbreviation,
		List<String> aliases, String definition, String bodyHtml) {
}
