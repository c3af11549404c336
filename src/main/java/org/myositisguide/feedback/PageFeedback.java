package org.myositisguide.feedback;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Readers' answers to "Was this page helpful?", in PostgreSQL: the article, yes or no, an
 * optional comment and the time, nothing about the reader.
 */
@Repository
public class PageFeedback {

	/**
	 * At most this many answers a day from everyone together, so a flood cannot fill the
	 * table.
	 */
	static final int DAILY_LIMIT = 5000;

	private final JdbcClient jdbc;

	PageFeedback(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores an answer; false when today's limit is reached. */
	boolean add(String slug, boolean helpful, String comment) {
		return this.jdbc.sql("""
				insert into page_feedback (slug, helpful, comment) select :slug, :helpful, :comment
				where (select count(*) from page_feedback where created_at > now() - interval '1 day') < :limit""")
			.param("slug", slug)
			.param("helpful", helpful)
			.param("comment", comment)
			.param("limit", DAILY_LIMIT)
			.update() == 1;
	}

	/** Answers per article over the last 90 days, least helpful first. */
	public List<ArticleAnswers> perArticle() {
		return this.jdbc.sql("""
				select slug, count(*) filter (where helpful) as yes, count(*) filter (where not helpful) as no,
				  count(comment) as comments
				from page_feedback where created_at > :since
				group by slug
				order by count(*) filter (where not helpful) desc, count(*) desc, slug""")
			.param("since", java.sql.Timestamp.from(Instant.now().minus(90, ChronoUnit.DAYS)))
			.query((rs, row) -> new ArticleAnswers(rs.getString("slug"), rs.getInt("yes"), rs.getInt("no"),
					rs.getInt("comments")))
			.list();
	}

	/** The newest comments first. */
	public List<Comment> newestComments(int limit) {
		return this.jdbc
			.sql("select slug, helpful, comment, created_at from page_feedback where comment is not null "
					+ "order by created_at desc, id desc limit :limit")
			.param("limit", limit)
			.query((rs, row) -> new Comment(rs.getString(1), rs.getBoolean(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class)))
			.list();
	}

	/** How many readers answered about one article, and how. */
	public record ArticleAnswers(String slug, int yes, int no, int comments) {

		public int total() {
			return this.yes + this.no;
		}

	}

	/** A reader's comment with the answer it came with. */
	public record Comment(String slug, boolean helpful, String text, OffsetDateTime createdAt) {
	}

}
