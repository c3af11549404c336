package org.myositisguide.catalog;

/**
 * A topic as links show it: its name and one-line definition.
 */
public record TopicSummary(String slug, String name, String definition) {
}
