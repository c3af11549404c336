package org.myositisguide.index;

/**
 * Two articles near each other in meaning.
 *
 * @param score cosine similarity of their mean passage vectors
 */
public record ArticleSimilarity(long articleId, long similarId, double score) {
}
