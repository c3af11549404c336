package org.myositisguide.catalog;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * An article in the index, with its HTML rendered at index time.
 */
@Entity
@Immutable
@Table(name = "article")
public class Article {

	@Id
	private Long id;

	private String slug;

	private String title;

	private String summary;

	private String status;

	private LocalDate published;

	private LocalDate updated;

	private LocalDate checked;

	private LocalDate reviewDue;

	private String[] affects;

	private String[] keyPoints;

	private String[] questions;

	private String[] changes;

	private String bodyHtml;

	private String[] toc;

	private int wordCount;

	private int readingMinutes;

	private double readingGrade;

	@ManyToMany
	@JoinTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"))
	@OrderColumn(name = "position")
	private List<Tag> tags;

	@ElementCollection
	@CollectionTable(name = "article_reference", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	private List<ArticleReference> references;

	protected Article() {
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getStatus() {
		return this.status;
	}

	public LocalDate getPublished() {
		return this.published;
	}

	public LocalDate getUpdated() {
		return this.updated;
	}

	public LocalDate getChecked() {
		return this.checked;
	}

	public LocalDate getReviewDue() {
		return this.reviewDue;
	}

	public List<String> getAffects() {
		return List.of(this.affects);
	}

	public List<String> getKeyPoints() {
		return List.of(this.keyPoints);
	}

	public List<String> getQuestions() {
		return List.of(this.questions);
	}

	public List<String> getChanges() {
		return List.of(this.changes);
	}

	public String getBodyHtml() {
		return this.bodyHtml;
	}

	/** Table of contents entries as {@code level|id|text}. */
	public List<String> getToc() {
		return List.of(this.toc);
	}

	public int getWordCount() {
		return this.wordCount;
	}

	public int getReadingMinutes() {
		return this.readingMinutes;
	}

	public double getReadingGrade() {
		return this.readingGrade;
	}

	public List<Tag> getTags() {
		return this.tags;
	}

	public List<ArticleReference> getReferences() {
		return this.references;
	}

}
