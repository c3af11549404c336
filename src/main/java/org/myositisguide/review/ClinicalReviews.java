package org.myositisguide.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The clinical reviews editors have recorded, kept in PostgreSQL.
 */
@Repository
public class ClinicalReviews {

	private static final String COLUMNS = """
			id, article_slug, reviewer, role, registration, reviewed_on, text_hash, note, recorded_by, recorded_at
			""";

	private final JdbcClient jdbc;

	ClinicalReviews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The most recent review of an article, if it has had one. */
	public Optional<ClinicalReview> latest(String slug) {
		return this.jdbc.sql("select " + COLUMNS + """
				from clinical_review where article_slug = :slug
				order by reviewed_on desc, recorded_at desc limit 1
				""").param("slug", slug).query(ClinicalReviews::review).optional();
	}

	/** Every review of an article, newest first. */
	public List<ClinicalReview> all(String slug) {
		return this.jdbc.sql("select " + COLUMNS + """
				from clinical_review where article_slug = :slug
				order by reviewed_on desc, recorded_at desc
				""").param("slug", slug).query(ClinicalReviews::review).list();
	}

	/** Records a review; returns it as stored. */
	public ClinicalReview record(String slug, String reviewer, String role, String registration, LocalDate reviewedOn,
			String textHash, String note, String recordedBy) {
		return record(slug, reviewer, role, registration, reviewedOn, textHash, note, recordedBy, null);
	}

	/**
	 * Records a review made by approving a change (the change's id is kept with it);
	 * returns it as stored.
	 */
	public ClinicalReview record(String slug, String reviewer, String role, String registration, LocalDate reviewedOn,
			String textHash, String note, String recordedBy, Long approvedChange) {
		return this.jdbc.sql("""
				insert into clinical_review (article_slug, reviewer, role, registration, reviewed_on, text_hash, note,
				    recorded_by, pending_change_id)
				values (:slug, :reviewer, :role, :registration, :reviewedOn, :textHash, :note, :recordedBy,
				    :approvedChange)
				returning """ + " " + COLUMNS)
			.param("slug", slug)
			.param("reviewer", reviewer)
			.param("role", role)
			.param("registration", registration)
			.param("reviewedOn", reviewedOn)
			.param("textHash", textHash)
			.param("note", note)
			.param("recordedBy", recordedBy)
			.param("approvedChange", approvedChange)
			.query(ClinicalReviews::review)
			.single();
	}

	private static ClinicalReview review(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ClinicalReview(rs.getLong("id"), rs.getString("article_slug"), rs.getString("reviewer"),
				rs.getString("role"), rs.getString("registration"), rs.getObject("reviewed_on", LocalDate.class),
				rs.getString("text_hash"), rs.getString("note"), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant());
	}

}
