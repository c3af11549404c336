package org.myositisguide.tag;

/**
 * A topic in the list of all topics, with how many articles it has.
 */
public record TopicSummary(String slug, String name, String definition, long articles) {

	public String url() {
		return "/tags/" + this.slug;
	}

}
