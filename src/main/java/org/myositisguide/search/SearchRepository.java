package org.myositisguide.search;

import java.sql.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The search SQL: ranks public articles by the concepts they match (title, then summary
 * and topics, then body), keeps only those above the relevance floor, and makes snippets.
 */
@Repository
class SearchRepository {

	/** How much the share of the body about a concept adds to a plain mention. */
	private static final double BODY_DENSITY_WEIGHT = 20.0;

	/** How many candidates beyond the page are re-ranked by body density. */
	private static final int RERANKED = 20;

	private final JdbcTemplate jdbc;

	SearchRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of ranked hits with the total; hits have no snippet or tags yet. Matching
	 * runs on the GIN indexes (article ids only, no vector is read), the score weighs
	 * each concept by its rarity and the field it is found in (title, then summary and
	 * topics, then body), and only the best candidates read their body vector to add how
	 * much of the body is about the query. In a large library, "broad" concepts (words in
	 * more than a tenth of the articles) find candidates only through titles; where they
	 * appear in a summary or topic they add to the score of the best candidates only, so
	 * a common word never makes PostgreSQL score most of the library (nor read body
	 * vectors to weigh how much of a body is about it).
	 */
	Page find(QueryAnalysis analysis, double minCoverage, LocalDate today, int limit, int offset) {
		List<Object> args = new ArrayList<>();
		List<Concept> concepts = analysis.concepts();
		args.add(concepts.stream().map(Concept::query).toArray(String[]::new));
		args.add(concepts.stream().map(Concept::idf).toArray(Double[]::new));
		args.add(concepts.stream().map(Concept::broad).toArray(Boolean[]::new));
		String filters = "";
		if (analysis.must() != null) {
			filters += " and (a.search_title || a.search_rank || a.search_body) @@ cast(? as tsquery)";
		}
		if (analysis.exclude() != null) {
			filters += " and not ((a.search_title || a.search_rank || a.search_body) @@ cast(? as tsquery))";
		}
		String pub = " and a.visible_from <= cast(? as date)";
		String candidates;
		if (concepts.isEmpty()) {
			candidates = "select a.article_id as id, 0.0 as score from article_search a where true" + pub;
		}
		else if (filters.isEmpty()) {
			candidates = "select s.id, s.score from scored s where true";
		}
		else {
			candidates = "select s.id, s.score from scored s join article_search a on a.article_id = s.id where true";
		}
		// The statement's text depends only on the filters, so each connection prepares
		// it
		// once and PostgreSQL keeps one plan instead of planning every search.
		String sql = "with c(i, q, idf, broad) as (select x.i, x.q, x.idf, x.broad"
				+ " from unnest(cast(cast(? as text[]) as tsquery[]), cast(? as float8[]), cast(? as boolean[]))"
				+ " with ordinality as x(q, idf, broad, i)), m as ("
				+ " select c.i, c.idf, a.article_id as id, 3 as w from c join article_search a on a.search_title @@ c.q"
				+ pub + " union all select c.i, c.idf, a.article_id, 2 from c join article_search a"
				+ " on not c.broad and a.search_rank @@ c.q" + pub
				+ " union all select c.i, c.idf, a.article_id, 1 from c"
				+ " join article_search a on not c.broad and a.search_body @@ c.q" + pub
				+ "), best as (select i, id, max(idf) as idf, max(w) as w from m group by i, id"
				+ "), scored as (select b.id, sum(b.idf * b.w) as score from best b join c on c.i = b.i"
				+ "   group by b.id having sum(case when c.broad then 0 else b.idf end) >= ?" + "), hits as ("
				+ candidates + filters + "), counted as (select h.id, h.score, count(*) over () as total from hits h"
				+ "), top as (select * from counted order by score desc limit ?"
				+ "), ranked as (select t.id, t.total, t.score + ? * coalesce((select sum(c.idf * ts_rank(a.search_body,"
				+ " c.q, 1)) from c where not c.broad), 0) + coalesce((select sum(c.idf * 2) from c where c.broad"
				+ " and a.search_rank @@ c.q and not a.search_title @@ c.q), 0) as final"
				+ " from top t join article_search a on a.article_id = t.id)"
				+ " select r.id, a.slug, a.title, a.published, r.total, a.plain_text, array(select t.name"
				+ " from article_tag at join tag t on t.id = at.tag_id where at.article_id = a.id order by at.position)"
				+ " as tags from ranked r join article a on a.id = r.id"
				+ " order by r.final desc, a.title limit ? offset ?";
		args.add(today);
		args.add(today);
		args.add(today);
		args.add(minCoverage * analysis.totalIdf() - analysis.broadIdf());
		if (concepts.isEmpty()) {
			args.add(today);
		}
		if (analysis.must() != null) {
			args.add(analysis.must());
		}
		if (analysis.exclude() != null) {
			args.add(analysis.exclude());
		}
		args.add(offset + limit + RERANKED);
		args.add(BODY_DENSITY_WEIGHT);
		args.add(limit);
		args.add(offset);
		long[] total = { 0 };
		List<Row> rows = this.jdbc.query(sql, (rs, n) -> {
			total[0] = rs.getLong("total");
			return new Row(rs.getString("slug"), rs.getString("title"), rs.getObject("published", LocalDate.class),
					rs.getString("plain_text"), List.of((String[]) rs.getArray("tags").getArray()));
		}, args.toArray());
		if (rows.isEmpty() && offset > 0) {
			total[0] = find(analysis, minCoverage, today, 1, 0).total();
		}
		return new Page(rows, total[0]);
	}

	/** Every glossary term with its names (term, abbreviation, aliases), lower case. */
	List<GlossaryEntry> glossary() {
		return this.jdbc.query("select slug, term, abbreviation, definition, aliases from glossary_term", (rs, i) -> {
			List<String> names = new ArrayList<>();
			names.add(rs.getString("term").toLowerCase(Locale.ROOT));
			if (rs.getString("abbreviation") != null) {
				names.add(rs.getString("abbreviation").toLowerCase(Locale.ROOT));
			}
			Array aliases = rs.getArray("aliases");
			for (String alias : (String[]) aliases.getArray()) {
				names.add(alias.toLowerCase(Locale.ROOT));
			}
			return new GlossaryEntry(new GlossaryHit(rs.getString("slug"), rs.getString("term"),
					rs.getString("abbreviation"), rs.getString("definition")), names);
		});
	}

	/** Titles, topics and glossary terms starting with or resembling the typed text. */
	List<Suggestion> suggest(String prefix, LocalDate today, int limit) {
		String like = prefix.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		return this.jdbc.query("""
				select label, url from (
				  select title as label, '/articles/' || slug as url, 1 as kind from article
				    where visible_from <= ? and (lower(title) like ? or lower(title) like ?)
				  union all select name, '/tags/' || slug, 0 from tag where lower(name) like ? or lower(name) like ?
				  union all select term, '/glossary/' || slug, 2 from glossary_term
				    where lower(term) like ? or lower(coalesce(abbreviation, '')) like ?
				) s order by kind, length(label), label limit ?""",
				(rs, i) -> new Suggestion(rs.getString(1), rs.getString(2)), today, like, "% " + like, like,
				"% " + like, like, like, limit);
	}

	/** A ranked article, with its text and topic names, before its snippet is made. */
	record Row(String slug, String title, LocalDate published, String text, List<String> tags) {
	}

	/** A page of rows and the total number of hits. */
	record Page(List<Row> rows, long total) {
	}

	/** A glossary term and all the names a query may use for it. */
	record GlossaryEntry(GlossaryHit hit, List<String> names) {
	}

	/** A suggestion while typing. */
	record Suggestion(String label, String url) {
	}

}
