package org.myositisguide.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One search result.
 *
 * @param snippet the matching passage as safe HTML: escaped text with {@code <mark>}
 * around the matched words
 */
public record SearchHit(String slug, String title, String url, String snippet, List<String> tags, LocalDate published) {
}
