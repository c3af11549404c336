package org.myositisguide.tag;

import org.myositisguide.content.SiteUrls;

/**
 * A topic in the list of all topics, with how many articles it has.
 */
public record TopicCount(String slug, String name, String definition, long articles) {

	public String url() {
		return SiteUrls.topic(this.slug);
	}

}
