package org.myositisguide.content;

import java.util.List;

/**
 * A topic page: its names, one-line definition, search aliases, related topics and
 * rendered intro.
 *
 * @param main the article to read first on the topic (search puts it first when a query
 * names the topic), or null
 * @param broader the slug of the wider topic this one belongs to, or null
 */
public record TagSource(String slug, String path, String hash, String name, String title, String definition,
		List<String> aliases, List<String> related, String main, String broader, String introHtml) {
}
