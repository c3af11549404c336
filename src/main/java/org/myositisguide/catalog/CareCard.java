package org.myositisguide.catalog;

/**
 * One care card of an article, as printed sheets show it.
 *
 * @param sign the shared urgent sign it shows, or null for the article's own card
 * @param html its sanitized markup, with ids of its own
 */
public record CareCard(String sign, String html) {
}
