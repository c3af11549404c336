package org.myositisguide.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A topic page in the index.
 */
@Entity
@Immutable
@Table(name = "tag")
public class Tag {

	@Id
	private Long id;

	private String slug;

	private String name;

	private String title;

	private String definition;

	private String[] aliases;

	private String[] related;

	private String introHtml;

	protected Tag() {
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDefinition() {
		return this.definition;
	}

	public String[] getAliases() {
		return this.aliases.clone();
	}

	public String[] getRelated() {
		return this.related.clone();
	}

	public String getIntroHtml() {
		return this.introHtml;
	}

}
