package org.myositisguide.index;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.myositisguide.content.ArticleSource;
import org.myositisguide.content.ContentSnapshot;
import org.myositisguide.content.GlossarySource;
import org.myositisguide.content.Heading;
import org.myositisguide.content.Problem;
import org.myositisguide.content.Reference;
import org.myositisguide.content.SynonymGroup;
import org.myositisguide.content.TagSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL of one index run. Called inside a transaction by {@link ContentIndexer}.
 */
final class IndexWriter {

	private static final int RELATED_KEPT = 10;

	private static final Pattern GLOSSARY_LINK = Pattern.compile("href=\"/glossary/([a-z0-9-]+)");

	private final JdbcTemplate jdbc;

	IndexWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes a snapshot; returns how many articles were (re)written. */
	int write(ContentSnapshot snapshot) {
		writeTags(snapshot.tags());
		writeGlossary(snapshot.glossary());
		List<ArticleSource> changed = snapshot.articles().stream().filter((a) -> a.rendered() != null).toList();
		for (ArticleSource article : changed) {
			writeArticle(article);
		}
		this.jdbc.update((con) -> statement(con, "delete from article where not (slug = any(?))",
				array(con, snapshot.articleSlugsOnDisk())));
		writeSynonyms(snapshot.synonyms());
		writeProblems(snapshot.problems());
		computeRelated();
		SearchIndexWriter.write(this.jdbc);
		this.jdbc.update("update index_state set version = version + 1, last_full_index = now() where id = 1");
		return changed.size();
	}

	private void writeTags(List<TagSource> tags) {
		for (TagSource tag : tags) {
			this.jdbc.update((con) -> statement(con,
					"""
							insert into tag (slug, name, title, definition, aliases, related, intro_html, source_path, source_hash)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?)
							on conflict (slug) do update set name = excluded.name, title = excluded.title,
							  definition = excluded.definition, aliases = excluded.aliases, related = excluded.related,
							  intro_html = excluded.intro_html, source_path = excluded.source_path,
							  source_hash = excluded.source_hash""",
					tag.slug(), tag.name(), tag.title(), tag.definition(), array(con, tag.aliases()),
					array(con, tag.related()), tag.introHtml(), tag.path(), tag.hash()));
		}
		this.jdbc.update((con) -> statement(con, "delete from tag where not (slug = any(?))",
				array(con, tags.stream().map(TagSource::slug).toList())));
	}

	private void writeGlossary(List<GlossarySource> terms) {
		for (GlossarySource term : terms) {
			this.jdbc.update((con) -> statement(con, """
					insert into glossary_term (slug, term, abbreviation, aliases, definition, body_html, source_path,
					  source_hash)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (slug) do update set term = excluded.term, abbreviation = excluded.abbreviation,
					  aliases = excluded.aliases, definition = excluded.definition, body_html = excluded.body_html,
					  source_path = excluded.source_path, source_hash = excluded.source_hash""", term.slug(),
					term.term(), term.abbreviation(), array(con, term.aliases()), term.definition(), term.bodyHtml(),
					term.path(), term.hash()));
		}
		this.jdbc.update((con) -> statement(con, "delete from glossary_term where not (slug = any(?))",
				array(con, terms.stream().map(GlossarySource::slug).toList())));
	}

	private void writeArticle(ArticleSource a) {
		List<String> toc = a.rendered().toc().stream().map(IndexWriter::tocEntry).toList();
		Long id = this.jdbc.execute((Connection con) -> {
			try (PreparedStatement ps = statement(con, """
					insert into article (slug, title, summary, status, published, updated, reviewed, review_due,
					  audience, affects, related_slugs, key_points, questions, changes, body_html, toc, plain_text,
					  word_count, reading_minutes, reading_grade, keywords, source_path, source_hash, indexed_at,
					  glossary_slugs, search_title, search_body)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
					  tsvector_to_array(to_tsvector('mg_english', ? || ' ' || ?)), ?, ?, now(), ?,
					  setweight(to_tsvector('mg_english', ?), 'A'), setweight(to_tsvector('mg_english', ?), 'C'))
					on conflict (slug) do update set title = excluded.title, summary = excluded.summary,
					  status = excluded.status, published = excluded.published, updated = excluded.updated,
					  reviewed = excluded.reviewed, review_due = excluded.review_due, audience = excluded.audience,
					  affects = excluded.affects, related_slugs = excluded.related_slugs,
					  key_points = excluded.key_points, questions = excluded.questions, changes = excluded.changes,
					  body_html = excluded.body_html, toc = excluded.toc, plain_text = excluded.plain_text,
					  word_count = excluded.word_count, reading_minutes = excluded.reading_minutes,
					  reading_grade = excluded.reading_grade, keywords = excluded.keywords,
					  source_path = excluded.source_path, source_hash = excluded.source_hash, indexed_at = now(),
					  glossary_slugs = excluded.glossary_slugs, search_title = excluded.search_title,
					  search_body = excluded.search_body
					returning id""", a.slug(), a.title(), a.summary(), a.status(), date(a.published()),
					date(a.updated()), date(a.reviewed()), date(a.reviewDue()), array(con, a.audience()),
					array(con, a.affects()), array(con, a.related()), array(con, a.keyPoints()),
					array(con, a.questions()), array(con, a.changes()), a.rendered().html(), array(con, toc),
					a.rendered().plainText(), a.rendered().stats().words(), a.rendered().stats().minutes(),
					a.rendered().stats().grade(), a.title(), a.summary(), a.path(), a.hash(),
					array(con, glossarySlugs(a.rendered().html())), a.title(), a.rendered().plainText());
					var rs = ps.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		});
		this.jdbc.update("delete from article_tag where article_id = ?", id);
		this.jdbc.update("delete from article_reference where article_id = ?", id);
		this.jdbc.update("delete from article_alias where article_id = ?", id);
		List<Object[]> tags = new ArrayList<>();
		for (int i = 0; i < a.tags().size(); i++) {
			tags.add(new Object[] { id, i, a.tags().get(i) });
		}
		this.jdbc.batchUpdate("insert into article_tag (article_id, position, tag_id) "
				+ "select ?, ?, id from tag where slug = ? on conflict do nothing", tags);
		List<Object[]> references = new ArrayList<>();
		for (int i = 0; i < a.references().size(); i++) {
			Reference r = a.references().get(i);
			references.add(new Object[] { id, i, r.title(), r.publisher(), r.year(), r.url() });
		}
		this.jdbc.batchUpdate(
				"insert into article_reference (article_id, position, title, publisher, year, url) "
						+ "values (?, ?, ?, ?, ?, ?)",
				references,
				new int[] { Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR });
		this.jdbc.batchUpdate(
				"insert into article_alias (alias, article_id) values (?, ?) "
						+ "on conflict (alias) do update set article_id = excluded.article_id",
				a.aliases().stream().map((alias) -> new Object[] { alias, id }).toList());
	}

	private void writeSynonyms(List<SynonymGroup> groups) {
		this.jdbc.update("delete from synonym");
		List<Object[]> rows = new ArrayList<>();
		for (SynonymGroup group : groups) {
			group.phrases().forEach((phrase) -> rows.add(new Object[] { group.term(), phrase }));
		}
		this.jdbc.batchUpdate("insert into synonym (term, phrase) values (?, ?)", rows);
	}

	private void writeProblems(List<Problem> problems) {
		this.jdbc.update("delete from content_problem");
		this.jdbc.batchUpdate("insert into content_problem (path, line, severity, message) values (?, ?, ?, ?)",
				problems.stream()
					.map((p) -> new Object[] { p.path(), p.line(), p.severity().label(), p.message() })
					.toList());
	}

	/**
	 * Related articles: the editor's own list first, then articles sharing the most
	 * specific tags (a tag shared by few articles weighs more), then shared title and
	 * summary words. Only pairs that share a tag are scored, so the work grows with tag
	 * sizes, not with the square of the library.
	 */
	private void computeRelated() {
		this.jdbc.update("delete from related_article");
		this.jdbc.update("""
				insert into related_article (article_id, related_id, score, rank)
				with tag_weight as (
				  select tag_id, 1.0 / ln(2.0 + count(*)) as w from article_tag group by tag_id
				), candidates as (
				  select a.article_id, b.article_id as related_id, sum(tw.w) as tag_score
				  from article_tag a
				  join article_tag b on b.tag_id = a.tag_id and b.article_id <> a.article_id
				  join tag_weight tw on tw.tag_id = a.tag_id
				  group by a.article_id, b.article_id
				  union all
				  select x.id, y.id, 0 from article x join article y on y.slug = any (x.related_slugs) and y.id <> x.id
				), pairs as (
				  select article_id, related_id, max(tag_score) as tag_score from candidates group by 1, 2
				), scored as (
				  select p.article_id, p.related_id, y.slug, y.published,
				    80 * p.tag_score
				    + 100 * (select count(*) from unnest(x.keywords) k where k = any (y.keywords))::double precision
				      / greatest(1, cardinality(x.keywords))
				    + coalesce(10000 - array_position(x.related_slugs, y.slug), 0) as score
				  from pairs p join article x on x.id = p.article_id join article y on y.id = p.related_id
				), ranked as (
				  select article_id, related_id, score,
				    row_number() over (partition by article_id order by score desc, published desc, slug) as rank
				  from scored
				)
				select article_id, related_id, score, rank from ranked where rank <= ?""", RELATED_KEPT);
	}

	private static PreparedStatement statement(Connection con, String sql, Object... values) throws SQLException {
		PreparedStatement ps = con.prepareStatement(sql);
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			if (value == null) {
				ps.setNull(i + 1, Types.NULL);
			}
			else {
				ps.setObject(i + 1, value);
			}
		}
		return ps;
	}

	private static Array array(Connection con, Collection<String> values) throws SQLException {
		return con.createArrayOf("text", values.toArray());
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	private static List<String> glossarySlugs(String html) {
		return GLOSSARY_LINK.matcher(html).results().map((m) -> m.group(1)).distinct().toList();
	}

	static String tocEntry(Heading heading) {
		return heading.level() + "|" + heading.id() + "|" + heading.text();
	}

}
