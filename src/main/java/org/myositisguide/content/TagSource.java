package org.myositisguide.content;

import java.util.List;

/**
 * A topic page: its names, one-line definition, search aliases, related topics and
 * rendered intro.
 */
public record TagSource(String slug, String path, String hash, String name, String title, String definition,
		List<String> aliases, List<String> related, String introHtml) {
}
