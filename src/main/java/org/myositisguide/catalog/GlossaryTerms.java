package org.myositisguide.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The glossary of the index.
 */
@Repository
public class GlossaryTerms {

	private static final String SELECT = "select slug, term, abbreviation, aliases, definition, body_html "
			+ "from glossary_term ";

	private final JdbcClient jdbc;

	GlossaryTerms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<GlossaryEntry> find(String slug) {
		return this.jdbc.sql(SELECT + "where slug = :slug").param("slug", slug).query(GlossaryTerms::entry).optional();
	}

	/** Every term, alphabetically. */
	public List<GlossaryEntry> all() {
		return this.jdbc.sql(SELECT + "order by lower(term), slug").query(GlossaryTerms::entry).list();
	}

	/** The given terms that exist, alphabetically. */
	public List<GlossaryEntry> find(Collection<String> slugs) {
		return this.jdbc.sql(SELECT + "where slug = any (:slugs) order by lower(term), slug")
			.param("slugs", slugs.toArray(String[]::new))
			.query(GlossaryTerms::entry)
			.list();
	}

	private static GlossaryEntry entry(ResultSet rs, int row) throws SQLException {
		return new GlossaryEntry(rs.getString("slug"), rs.getString("term"), rs.getString("abbreviation"),
				Rows.strings(rs, "aliases"), rs.getString("definition"), rs.getString("body_html"));
	}

}
