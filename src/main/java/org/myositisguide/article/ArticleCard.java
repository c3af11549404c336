package org.myositisguide.article;

import java.time.LocalDate;

import org.myositisguide.catalog.ArticleSummary;
import org.myositisguide.content.SiteUrls;

/**
 * An article as shown in lists: title, date, reading time and summary.
 */
public record ArticleCard(String slug, String title, String summary, LocalDate published, int minutes) {

	public static ArticleCard of(ArticleSummary article) {
		return new ArticleCard(article.slug(), article.title(), article.summary(), article.published(),
				article.minutes());
	}

	public String url() {
		return SiteUrls.article(this.slug);
	}

}
