package org.myositisguide.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The topics (tags) of the index.
 */
@Repository
public class Topics {

	private static final String SELECT = "select slug, name, title, definition, aliases, related, intro_html, main_article from tag ";

	private final JdbcClient jdbc;

	Topics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<TopicDetail> find(String slug) {
		return this.jdbc.sql(SELECT + "where slug = :slug").param("slug", slug).query(Topics::topic).optional();
	}

	/** Every topic, by name. */
	public List<TopicDetail> all() {
		return this.jdbc.sql(SELECT + "order by name, slug").query(Topics::topic).list();
	}

	/** The given topics that exist, by name. */
	public List<TopicSummary> summaries(Collection<String> slugs) {
		return this.jdbc.sql("select slug, name, definition from tag where slug = any (:slugs) order by name, slug")
			.param("slugs", slugs.toArray(String[]::new))
			.query((rs, row) -> new TopicSummary(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** The broader topics above a topic, widest first (for breadcrumbs). */
	public List<TopicSummary> path(String slug) {
		return this.jdbc.sql("""
				select t.slug, t.name, t.definition from topic_family f join tag t on t.slug = f.ancestor
				where f.descendant = :slug and f.depth > 0 order by f.depth desc""")
			.param("slug", slug)
			.query((rs, row) -> new TopicSummary(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private static TopicDetail topic(ResultSet rs, int row) throws SQLException {
		return new TopicDetail(rs.getString("slug"), rs.getString("name"), rs.getString("title"),
				rs.getString("definition"), Rows.strings(rs, "aliases"), Rows.strings(rs, "related"),
				rs.getString("intro_html"), rs.getString("main_article"));
	}

}
