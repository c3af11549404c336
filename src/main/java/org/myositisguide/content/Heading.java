package org.myositisguide.content;

/**
 * One entry of an article's table of contents.
 */
public record Heading(int level, String id, String text) {
}
