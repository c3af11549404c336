package org.myositisguide.search;

/**
 * A topic the query names, linked above the results.
 */
public record TopicHit(String name, String url) {
}
