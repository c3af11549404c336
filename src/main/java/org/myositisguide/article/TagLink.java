package org.myositisguide.article;

import org.myositisguide.catalog.TopicSummary;
import org.myositisguide.content.SiteUrls;

/**
 * A link to a topic page, with the topic's one-line definition as a hint.
 */
public record TagLink(String slug, String name, String definition) {

	public static TagLink of(TopicSummary topic) {
		return new TagLink(topic.slug(), topic.name(), topic.definition());
	}

	public String url() {
		return SiteUrls.topic(this.slug);
	}

}
