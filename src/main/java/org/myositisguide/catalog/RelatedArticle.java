package org.myositisguide.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A precomputed "see also" entry: an article, one related article, its score and rank.
 */
@Entity
@Immutable
@Table(name = "related_article")
public class RelatedArticle {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "article_id")
	private Article article;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "related_id")
	private Article related;

	private double score;

	private int rank;

	protected RelatedArticle() {
	}

	public Article getRelated() {
		return this.related;
	}

	public int getRank() {
		return this.rank;
	}

}
