package org.myositisguide.tag;

import java.util.List;

import org.myositisguide.article.ArticleCard;
import org.myositisguide.article.TagLink;

/**
 * One topic page: heading, intro, one page of its articles (newest first) and related
 * topics.
 */
public record TagPage(String slug, String name, String title, String definition, String introHtml,
		List<ArticleCard> articles, long totalArticles, int page, int totalPages, List<TagLink> related) {
}
