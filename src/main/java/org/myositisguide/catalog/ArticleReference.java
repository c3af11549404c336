package org.myositisguide.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A source listed under an article.
 */
@Embeddable
public class ArticleReference {

	@Column(nullable = false)
	private String title;

	private String publisher;

	private Integer year;

	private String url;

	protected ArticleReference() {
	}

	public String getTitle() {
		return this.title;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public Integer getYear() {
		return this.year;
	}

	public String getUrl() {
		return this.url;
	}

}
