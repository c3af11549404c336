package org.myositisguide.content;

/**
 * A published source an article relies on.
 */
public record Reference(String title, String publisher, Integer year, String url) {
}
