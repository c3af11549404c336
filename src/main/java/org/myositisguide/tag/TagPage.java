package org.myositisguide.tag;

import org.myositisguide.content.SiteUrls;
import java.util.List;

import org.myositisguide.article.ArticleCard;
import org.myositisguide.article.TagLink;

/**
 * One topic page: heading, intro, one page of its articles (newest first) and related
 * topics.
 */
public record TagPage(String slug, String name, String title, String definition, String introHtml,
		List<ArticleCard> articles, long totalArticles, int page, int totalPages, int pageSize, List<TagLink> related) {

	public String url() {
		return SiteUrls.topic(this.slug);
	}

	/** The plain description of the topic, as in the page's meta description. */
	public String description() {
		return this.name + ", " + this.definition + ".";
	}

	/** The place of this page's first article in the whole list, from 1. */
	public long firstPosition() {
		return (long) (this.page - 1) * this.pageSize + 1;
	}

}
