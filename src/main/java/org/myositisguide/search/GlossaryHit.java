package org.myositisguide.search;

import org.myositisguide.content.SiteUrls;

/**
 * A glossary term the query names, shown as a short definition above the results.
 */
public record GlossaryHit(String slug, String term, String abbreviation, String definition) {

	public String url() {
		return SiteUrls.glossary(this.slug);
	}

	public String label() {
		return (this.abbreviation != null) ? this.abbreviation + " (" + this.term + ")" : this.term;
	}

}
