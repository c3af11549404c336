package org.myositisguide.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One search result.
 *
 * @param url the article, at the section that answers the query when there is one
 * @param section the heading of that section, or null for the article's opening
 * @param snippet the answering passage as safe HTML: whole sentences, escaped, with
 * {@code <mark>} around the words that match the query's subject
 */
public record SearchHit(String slug, String title, String url, String section, String snippet, List<String> tags,
		LocalDate published) {
}
