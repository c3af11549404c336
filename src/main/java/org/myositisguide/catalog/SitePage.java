package org.myositisguide.catalog;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A page about the site itself in the index ({@code content/pages}).
 */
@Entity
@Immutable
@Table(name = "site_page")
public class SitePage {

	@Id
	private String slug;

	private String title;

	private String summary;

	private LocalDate updated;

	private String bodyHtml;

	protected SitePage() {
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

	public LocalDate getUpdated() {
		return this.updated;
	}

	public String getBodyHtml() {
		return this.bodyHtml;
	}

}
