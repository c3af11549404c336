package org.myositisguide.catalog;

import java.util.Set;

/**
 * What one index run changed, announced to every instance (and to this one's caches): the
 * new index version, and which pages it touches.
 *
 * @param version the index version after the run
 * @param everything whether every page may have changed (topics, glossary, synonyms or
 * site text changed, or too much to list)
 * @param articles articles written, removed, or whose related list changed (slugs)
 * @param topics topics of those articles, before and after (slugs)
 * @param pages pages about the site written or removed (slugs)
 */
public record IndexChange(long version, boolean everything, Set<String> articles, Set<String> topics,
		Set<String> pages) {

	/** A change of everything. */
	public static IndexChange everything(long version) {
		return new IndexChange(version, true, Set.of(), Set.of(), Set.of());
	}

	/** Whether the run changed anything readers see. */
	public boolean isEmpty() {
		return !this.everything && this.articles.isEmpty() && this.topics.isEmpty() && this.pages.isEmpty();
	}

}
