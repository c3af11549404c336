package org.myositisguide.editor;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Changes to published articles waiting for a reviewer, and the decisions on them, in
 * PostgreSQL. Readers keep seeing the published text until a change is approved.
 */
@Repository
public class PendingChanges {

	private static final String COLUMNS = "id, slug, base_hash, text, author, note, submitted_at, state, decided_by, "
			+ "decided_at, comment";

	private final JdbcTemplate jdbc;

	PendingChanges(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long submit(String slug, String baseHash, String text, String author, String note) {
		Long id = this.jdbc.queryForObject(
				"insert into pending_change (slug, base_hash, text, author, note) values (?, ?, ?, ?, ?) returning id",
				Long.class, slug, baseHash, text, author, note);
		return (id != null) ? id : 0;
	}

	Optional<Change> find(long id) {
		return this.jdbc.query("select " + COLUMNS + " from pending_change where id = ?", PendingChanges::map, id)
			.stream()
			.findFirst();
	}

	/** Changes waiting for a decision, oldest first. */
	List<Change> waiting() {
		return this.jdbc.query("select " + COLUMNS + " from pending_change where state = 'waiting' order by id",
				PendingChanges::map);
	}

	/** How many waiting changes someone other than their author could review. */
	int waitingFor(String reviewer) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from pending_change where state = 'waiting' and author <> ?", Integer.class, reviewer);
		return (count != null) ? count : 0;
	}

	/** Records a decision on a waiting change; false when it was decided already. */
	boolean decide(long id, String state, String reviewer, String comment) {
		return this.jdbc.update("update pending_change set state = ?, decided_by = ?, decided_at = now(), comment = ? "
				+ "where id = ? and state = 'waiting'", state, reviewer, comment, id) == 1;
	}

	private static Change map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Change(rs.getLong("id"), rs.getString("slug"), rs.getString("base_hash"), rs.getString("text"),
				rs.getString("author"), rs.getString("note"), rs.getObject("submitted_at", OffsetDateTime.class),
				rs.getString("state"), rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class),
				rs.getString("comment"));
	}

	/** A change submitted for review, with the decision on it (if any). */
	public record Change(long id, String slug, String baseHash, String text, String author, String note,
			OffsetDateTime submittedAt, String state, String decidedBy, OffsetDateTime decidedAt, String comment) {

		public boolean isWaiting() {
			return "waiting".equals(this.state);
		}

	}

}
