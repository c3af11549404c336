package org.myositisguide.catalog;

import java.time.LocalDate;

/**
 * An article as lists show it.
 */
public record ArticleSummary(String slug, String title, String summary, LocalDate published, int minutes) {
}
