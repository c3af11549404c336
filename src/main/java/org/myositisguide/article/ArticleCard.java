package org.myositisguide.article;

import java.time.LocalDate;

import org.myositisguide.catalog.Article;

/**
 * An article as shown in lists: title, date, reading time and summary.
 */
public record ArticleCard(String slug, String title, String summary, LocalDate published, int minutes) {

	public static ArticleCard of(Article article) {
		return new ArticleCard(article.getSlug(), article.getTitle(), article.getSummary(), article.getPublished(),
				article.getReadingMinutes());
	}

	public String url() {
		return "/articles/" + this.slug;
	}

}
