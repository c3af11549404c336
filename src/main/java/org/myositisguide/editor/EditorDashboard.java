package org.myositisguide.editor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.myositisguide.catalog.Visibility;
import org.myositisguide.content.Problem;
import org.myositisguide.content.Severity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What the dashboard shows, read from the index: every article (public or not) with its
 * review state, reading grade and problems; problems that belong to no indexed article
 * (files that failed to parse, topics, glossary, site files); and counts per topic.
 */
@Service
public class EditorDashboard {

	static final int DUE_SOON_DAYS = 30;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	EditorDashboard(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Overview overview() {
		LocalDate today = LocalDate.now(this.clock);
		Map<String, List<Problem>> problems = new LinkedHashMap<>();
		this.jdbc.query("select path, line, severity, message from content_problem order by path, line, id", (rs) -> {
			problems.computeIfAbsent(rs.getString(1), (k) -> new ArrayList<>())
				.add(new Problem(rs.getString(1), rs.getInt(2),
						"error".equals(rs.getString(3)) ? Severity.ERROR : Severity.WARNING, rs.getString(4)));
		});
		Set<String> articlePaths = new HashSet<>();
		List<ArticleRow> articles = this.jdbc.query(
				"""
						select a.slug, a.title, a.visible_from, a.published, a.updated, a.checked, a.review_due, a.reading_grade,
						       a.word_count, a.source_path,
						       (select count(*) from article_reference r where r.article_id = a.id) as refs,
						       (select max(c.reviewed_on) from clinical_review c where c.article_slug = a.slug) as clinical,
						       f.yes, f.no
						from article a
						left join (select slug, count(*) filter (where helpful) as yes,
						                  count(*) filter (where not helpful) as no
						           from page_feedback where created_at > now() - interval '90 days' group by slug) f
						  on f.slug = a.slug
						order by a.review_due, a.slug""",
				(rs, row) -> {
					String path = rs.getString("source_path");
					articlePaths.add(path);
					LocalDate published = rs.getObject("published", LocalDate.class);
					String status = Visibility.status(rs.getObject("visible_from", LocalDate.class), today);
					LocalDate due = rs.getObject("review_due", LocalDate.class);
					String review = due.isBefore(today) ? "overdue"
							: due.isBefore(today.plusDays(DUE_SOON_DAYS + 1)) ? "due soon" : "ok";
					List<Problem> own = new ArrayList<>();
					if ("overdue".equals(review) && !"draft".equals(status)) {
						own.add(Problem.error(path, 0, "check against sources overdue since " + due));
					}
					own.addAll(problems.getOrDefault(path, List.of()));
					return new ArticleRow(rs.getString("slug"), rs.getString("title"), status, published,
							rs.getObject("updated", LocalDate.class), rs.getObject("checked", LocalDate.class), due,
							review, rs.getDouble("reading_grade"), rs.getInt("word_count"), rs.getInt("refs"),
							rs.getObject("clinical", LocalDate.class), rs.getInt("yes"), rs.getInt("no"), own);
				});
		List<Problem> siteProblems = problems.entrySet()
			.stream()
			.filter((e) -> !articlePaths.contains(e.getKey()))
			.flatMap((e) -> e.getValue().stream())
			.sorted((a, b) -> Boolean.compare(b.isError(), a.isError()))
			.toList();
		List<TagCount> tags = this.jdbc.query("""
				select t.slug, t.name, count(a.id) as total,
				       count(a.id) filter (where a.visible_from <= ?) as public
				from tag t left join article_tag at on at.tag_id = t.id left join article a on a.id = at.article_id
				group by t.slug, t.name order by t.name""",
				(rs, row) -> new TagCount(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)), today);
		Integer reports = this.jdbc.queryForObject(
				"select count(*) from reader_report where created_at > now() - interval '7 days'", Integer.class);
		List<Activity> activity = this.jdbc.query(
				"""
						select at, who, what from (
						  select saved_at as at, author as who,
						         case action when 'on disk' then 'found changed in the files: '
						                     when 'checked' then 'marked checked against its sources: '
						                     else action || ': ' end || path
						         || coalesce(' (' || note || ')', '') as what
						  from content_revision
						  union all
						  select recorded_at, recorded_by, 'recorded the clinical review by ' || reviewer || ' of ' || article_slug
						  from clinical_review
						  union all
						  select submitted_at, author, 'submitted for review: a change to ' || slug || ' (' || note || ')'
						  from pending_change
						  union all
						  select decided_at, decided_by, state || ': the change to ' || slug || ' by ' || author
						  from pending_change where decided_at is not null
						  union all
						  select changed_at, changed_by, 'changed the account ' || username || ': ' || change
						  from account_change
						) events order by at desc limit ?""",
				(rs, row) -> new Activity(rs.getObject("at", java.time.OffsetDateTime.class),
						"disk".equals(rs.getString("who")) ? "the files" : rs.getString("who"), rs.getString("what")),
				ACTIVITY_SHOWN);
		return new Overview(today, articles, siteProblems, tags, (reports != null) ? reports : 0, activity);
	}

	/** Changes shown on the dashboard, newest first. */
	static final int ACTIVITY_SHOWN = 20;

	/** One thing someone changed: who, what and when (from the revisions and reviews). */
	public record Activity(java.time.OffsetDateTime at, String who, String what) {
	}

	/** The dashboard's content. */
	public record Overview(LocalDate today, List<ArticleRow> articles, List<Problem> siteProblems, List<TagCount> tags,
			int readerReports, List<Activity> activity) {

		public long count(String status) {
			return this.articles.stream().filter((a) -> a.status().equals(status)).count();
		}

		public long overdue() {
			return this.articles.stream().filter((a) -> a.review().equals("overdue")).count();
		}

		/** The median reading grade of the articles that are not drafts. */
		public double medianGrade() {
			List<Double> grades = grades();
			return grades.isEmpty() ? 0 : grades.get(grades.size() / 2);
		}

		/** The highest reading grade of the articles that are not drafts. */
		public double highestGrade() {
			List<Double> grades = grades();
			return grades.isEmpty() ? 0 : grades.get(grades.size() - 1);
		}

		private List<Double> grades() {
			return this.articles.stream()
				.filter((a) -> !a.status().equals("draft"))
				.map(ArticleRow::grade)
				.sorted()
				.toList();
		}

		/** How many articles that are not drafts have had a clinical review. */
		public long clinicallyReviewed() {
			return this.articles.stream()
				.filter((a) -> !a.status().equals("draft") && a.clinicalReview() != null)
				.count();
		}

	}

	/**
	 * One article as the dashboard lists it.
	 *
	 * @param helpful readers who answered "Yes" to "Was this page helpful?" in the last
	 * 90 days
	 * @param notHelpful readers who answered "No" in that time
	 */
	public record ArticleRow(String slug, String title, String status, LocalDate published, LocalDate updated,
			LocalDate checked, LocalDate reviewDue, String review, double grade, int words, int references,
			LocalDate clinicalReview, int helpful, int notHelpful, List<Problem> problems) {

		/** Above the site's reading level: grade 8 for every article. */
		public boolean hardToRead() {
			return this.grade > 8.0;
		}

	}

	/** A topic with how many articles carry it, and how many of those are public. */
	public record TagCount(String slug, String name, int total, int published) {
	}

}
