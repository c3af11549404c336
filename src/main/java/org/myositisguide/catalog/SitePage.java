package org.myositisguide.catalog;

import java.time.LocalDate;

/**
 * A page about the site itself in the index ({@code content/pages}).
 */
public record SitePage(String slug, String title, String summary, LocalDate updated, String bodyHtml) {
}
