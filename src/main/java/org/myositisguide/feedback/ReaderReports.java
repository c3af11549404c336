package org.myositisguide.feedback;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Readers' reports, in PostgreSQL: the page, the text and the time, nothing about the
 * reader.
 */
@Repository
public class ReaderReports {

	/**
	 * At most this many reports a day from everyone together, so a flood cannot fill the
	 * table.
	 */
	static final int DAILY_LIMIT = 500;

	private final JdbcClient jdbc;

	ReaderReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a report; false when today's limit is reached. */
	boolean add(String page, String message) {
		return this.jdbc.sql("""
				insert into reader_report (page, message) select :page, :message
				where (select count(*) from reader_report where created_at > now() - interval '1 day') < :limit""")
			.param("page", page)
			.param("message", message)
			.param("limit", DAILY_LIMIT)
			.update() == 1;
	}

	/** The newest reports first. */
	public List<ReaderReport> newest(int limit) {
		return this.jdbc
			.sql("select id, page, message, created_at from reader_report order by created_at desc, id desc "
					+ "limit :limit")
			.param("limit", limit)
			.query((rs, row) -> new ReaderReport(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, java.time.OffsetDateTime.class)))
			.list();
	}

	/** How many reports arrived in the last week. */
	public int lastWeek() {
		return this.jdbc.sql("select count(*) from reader_report where created_at > :since")
			.param("since", java.sql.Timestamp.from(Instant.now().minus(7, ChronoUnit.DAYS)))
			.query(Integer.class)
			.single();
	}

}
