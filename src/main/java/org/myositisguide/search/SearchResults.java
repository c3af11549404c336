package org.myositisguide.search;

import java.util.List;

/**
 * A page of search results.
 *
 * @param query the query as shown back (cleaned and cut to length)
 * @param searchedFor what was searched when the query was corrected automatically, else
 * null ("Showing results for ...")
 * @param suggestion a likely correction offered as "Did you mean ...?", else null
 */
public record SearchResults(String query, long total, int page, int totalPages, List<SearchHit> results,
		String searchedFor, String suggestion, GlossaryHit glossary) {

	static SearchResults empty(String query) {
		return new SearchResults(query, 0, 1, 0, List.of(), null, null, null);
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
