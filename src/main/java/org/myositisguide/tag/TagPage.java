package org.myositisguide.tag;

import java.util.List;

import org.myositisguide.article.ArticleCard;
import org.myositisguide.article.TagLink;
import org.myositisguide.content.SiteUrls;
import org.myositisguide.web.LeadParagraph;

/**
 * One topic page: its path (broader topics, widest first), heading, intro, one page of
 * its own articles (newest first), on the first page the articles of its narrower topics
 * grouped by topic, and related topics.
 *
 * @param intro the intro's opening paragraph, shown before the list of articles, and the
 * rest, shown after it
 * @param startHere on the first page, the article the topic names to start with (not
 * repeated in the list), or null
 * @param totalArticles the topic's own articles
 * @param familyArticles its own and its narrower topics' articles, each counted once (the
 * count the list of topics shows)
 */
public record TagPage(String slug, String name, String title, String definition, LeadParagraph intro,
		ArticleCard startHere, List<ArticleCard> articles, long totalArticles, int page, int totalPages, int pageSize,
		List<TagLink> related, List<TagLink> path, List<NarrowerGroup> narrower, long familyArticles) {

	public String url() {
		return SiteUrls.topic(this.slug);
	}

	/** The plain description of the topic, as in the page's meta description. */
	public String description() {
		return this.name + ", " + this.definition + ".";
	}

	/** The articles this page lists, the one to start with first. */
	public List<ArticleCard> listed() {
		if (this.startHere == null) {
			return this.articles;
		}
		List<ArticleCard> all = new java.util.ArrayList<>();
		all.add(this.startHere);
		all.addAll(this.articles);
		return all;
	}

	/** The place of this page's first article in the whole list, from 1. */
	public long firstPosition() {
		return (long) (this.page - 1) * this.pageSize + 1;
	}

}
