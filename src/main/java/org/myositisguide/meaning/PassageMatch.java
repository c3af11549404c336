package org.myositisguide.meaning;

/**
 * A passage near a query in meaning.
 *
 * @param articleId the article's id in the index
 * @param position the passage's place in the article (0 is its summary)
 * @param score cosine similarity of the passage and the query (-1 to 1)
 */
public record PassageMatch(long articleId, int position, double score) {
}
