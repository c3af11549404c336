package org.myositisguide.catalog;

import java.util.List;

/**
 * A topic of the index with its page's text.
 */
public record TopicDetail(String slug, String name, String title, String definition, List<String> aliases,
		List<String> related, String introHtml) {

	public TopicSummary summaryView() {
		return new TopicSummary(this.slug, this.name, this.definition);
	}

}
