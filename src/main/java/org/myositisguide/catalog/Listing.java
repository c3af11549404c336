package org.myositisguide.catalog;

import java.util.List;

/**
 * One page (1-based) of a longer list.
 */
public record Listing<T>(List<T> items, long total, int page, int size) {

	/** How many pages the whole list fills, at least one. */
	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

}
