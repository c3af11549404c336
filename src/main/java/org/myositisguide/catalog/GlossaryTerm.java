package org.myositisguide.catalog;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A medical term of the glossary in the index.
 */
@Entity
@Immutable
@Table(name = "glossary_term")
public class GlossaryTerm {

	@Id
	private Long id;

	private String slug;

	private String term;

	private String abbreviation;

	private String[] aliases;

	private String definition;

	private String bodyHtml;

	protected GlossaryTerm() {
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTerm() {
		return this.term;
	}

	public String getAbbreviation() {
		return this.abbreviation;
	}

	public List<String> getAliases() {
		return List.of(this.aliases);
	}

	public String getDefinition() {
		return this.definition;
	}

	public String getBodyHtml() {
		return this.bodyHtml;
	}

}
