package org.myositisguide.search;

import java.util.List;

/**
 * A page of search results.
 *
 * @param query the query as shown back (cleaned and cut to length)
 * @param searchedFor what was searched instead, when words outside the site's vocabulary
 * were corrected ("Showing results for ..."), else null
 * @param glossary the glossary term the query names, or null
 * @param topic the topic the query names, or null
 * @param bestAnswer the passage that answers a clear question, or null
 * @param meaning whether search by meaning took part (false: words alone)
 * @param otherCondition the other condition the query names, which the guide does not
 * cover (so there are no results), or null
 */
public record SearchResults(String query, long total, int page, int totalPages, List<SearchHit> results,
		String searchedFor, GlossaryHit glossary, TopicHit topic, BestAnswer bestAnswer, boolean meaning,
		String otherCondition) {

	static SearchResults empty(String query) {
		return new SearchResults(query, 0, 1, 0, List.of(), null, null, null, null, false, null);
	}

	public boolean isBlank() {
		return this.query.isBlank();
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.totalPages;
	}

}
