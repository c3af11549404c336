package org.myositisguide.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pages about the site of the index.
 */
@Repository
public class SitePages {

	private static final String SELECT = "select slug, title, summary, updated, body_html from site_page ";

	private final JdbcClient jdbc;

	SitePages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<SitePage> find(String slug) {
		return this.jdbc.sql(SELECT + "where slug = :slug").param("slug", slug).query(SitePages::page).optional();
	}

	/** Every page, by title. */
	public List<SitePage> all() {
		return this.jdbc.sql(SELECT + "order by title, slug").query(SitePages::page).list();
	}

	private static SitePage page(ResultSet rs, int row) throws SQLException {
		return new SitePage(rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
				Rows.date(rs, "updated"), rs.getString("body_html"));
	}

}
