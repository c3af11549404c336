package org.myositisguide.editor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The history of browser saves, kept in PostgreSQL next to the index (and, unlike the
 * index, not rebuilt from the folder).
 */
@Repository
class Revisions {

	private static final String COLUMNS = "id, path, author, saved_at, action, content, content_hash, note";

	private final JdbcTemplate jdbc;

	Revisions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void add(String path, String author, String action, String content, String hash) {
		add(path, author, action, content, hash, null);
	}

	void add(String path, String author, String action, String content, String hash, String note) {
		this.jdbc.update(
				"insert into content_revision (path, author, action, content, content_hash, note) "
						+ "values (?, ?, ?, ?, ?, ?)",
				path, author, action, content, hash, (note == null || note.isBlank()) ? null : note.strip());
	}

	/** The hash of the newest stored version of a file, if any. */
	Optional<String> latestHash(String path) {
		return this.jdbc
			.queryForList("select content_hash from content_revision where path = ? order by id desc limit 1",
					String.class, path)
			.stream()
			.findFirst();
	}

	List<Revision> forPath(String path) {
		return this.jdbc.query("select " + COLUMNS + " from content_revision where path = ? order by id desc",
				Revisions::map, path);
	}

	Optional<Revision> find(long id) {
		return this.jdbc.query("select " + COLUMNS + " from content_revision where id = ?", Revisions::map, id)
			.stream()
			.findFirst();
	}

	private static Revision map(ResultSet rs, int row) throws SQLException {
		return new Revision(rs.getLong("id"), rs.getString("path"), rs.getString("author"),
				rs.getTimestamp("saved_at").toInstant(), rs.getString("action"), rs.getString("content"),
				rs.getString("content_hash"), rs.getString("note"));
	}

}
