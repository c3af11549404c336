package org.myositisguide.catalog;

import java.util.List;

/**
 * A topic of the index with its page's text.
 *
 * @param mainArticle the slug of the article to start with (null when none is named)
 */
public record TopicDetail(String slug, String name, String title, String definition, List<String> aliases,
		List<String> related, String introHtml, String mainArticle) {

	public TopicSummary summaryView() {
		return new TopicSummary(this.slug, this.name, this.definition);
	}

}
