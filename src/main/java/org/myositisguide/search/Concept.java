package org.myositisguide.search;

import java.util.List;

/**
 * One thing a query asks about: a word of the query and the alternatives that count as
 * the same (synonyms, aliases, a joined compound word).
 *
 * @param word the word as typed
 * @param alternatives other words or phrases that satisfy it
 * @param query the tsquery text matching the word or any alternative
 * @param idf how specific it is (rarer in the articles weighs more)
 * @param broad whether it is in so many article bodies of a large library that body
 * matches are not worth listing (title and topic matches still count, and the body is
 * read for the best candidates only)
 * @param filler whether it is an everyday word that shapes a question more than it names
 * its topic (never highlighted)
 * @param siteWords when the word is not one the articles use, the alternatives they do
 * use (what a lay word means in the guide's words)
 * @param distinctive whether only one article uses it: a query of such words, all of them
 * matched, is about that article whatever the meaning model makes of it
 * @param ownQuery the word's own tsquery when the articles use the word itself and fewer
 * of them than use its alternatives, else null: an article with the reader's own word
 * ("fmla", "ssdi") is more likely about it than one with only a common alternative
 * ("work", "benefits")
 * @param ownIdf how specific the word itself is (0 without {@code ownQuery})
 * @param ownName whether only one article uses the word itself, though others use its
 * alternatives ("dvla" of driving, "pip" of benefits): a name for ranking (an article
 * with all the query's words counts as much as the nearest in meaning), not for the
 * relevance floor, where it would keep everyday questions that use a common alternative
 * in scope
 */
record Concept(String word, List<String> alternatives, String query, double idf, boolean broad, boolean filler,
		List<String> siteWords, boolean distinctive, String ownQuery, double ownIdf, boolean ownName) {

	/** Whether the word names something only one article writes about. */
	boolean names() {
		return this.distinctive || this.ownName;
	}

}
