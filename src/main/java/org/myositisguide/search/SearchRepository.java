package org.myositisguide.search;

import java.sql.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The search SQL: ranks public articles by the concepts they match (title, then summary
 * and topics, then body), keeps only those above the relevance floor, and makes snippets.
 */
@Repository
class SearchRepository {

	/** How much the share of the body about a concept adds to a plain mention. */
	private static final double BODY_DENSITY_WEIGHT = 20.0;

	private final JdbcTemplate jdbc;

	/**
	 * @param readers the pool for readers' requests, whose statements give up within
	 * seconds when the database hangs
	 */
	SearchRepository(org.myositisguide.db.ReaderDatabase readers) {
		this.jdbc = readers.jdbc();
	}

	/**
	 * The best lexical candidates, ranked. Matching runs on the GIN indexes (article ids
	 * only, no vector is read), the score weighs each concept by its rarity and the field
	 * it is found in (title, then summary and topics, then body), and only the best
	 * candidates read their body vector to add how much of the body is about the query.
	 * In a large library, "broad" concepts (words in more than a tenth of the articles)
	 * find candidates only through titles; where they appear in a summary or topic they
	 * add to the score of the best candidates only, so a common word never makes
	 * PostgreSQL score most of the library. Each candidate carries its coverage: the
	 * share of the query's weight it matches (broad concepts count as matched).
	 */
	List<Lexical> lexical(QueryAnalysis analysis, double minCoverage, LocalDate today, int limit) {
		List<Object> args = new ArrayList<>();
		List<Concept> concepts = analysis.concepts();
		// One row per concept, and one more for a concept whose own word is rarer than
		// its alternatives: an article matching that word scores its specificity (the
		// best row of a concept counts), while coverage and body density read the
		// concept's row only.
		List<Integer> positions = new ArrayList<>();
		List<String> queries = new ArrayList<>();
		List<Double> idfs = new ArrayList<>();
		List<Boolean> broads = new ArrayList<>();
		List<Boolean> own = new ArrayList<>();
		for (int i = 0; i < concepts.size(); i++) {
			Concept concept = concepts.get(i);
			positions.add(i + 1);
			queries.add(concept.query());
			idfs.add(concept.idf());
			broads.add(concept.broad());
			own.add(false);
			if (concept.ownQuery() != null) {
				positions.add(i + 1);
				queries.add(concept.ownQuery());
				idfs.add(concept.ownIdf());
				broads.add(concept.broad());
				own.add(true);
			}
		}
		args.add(positions.toArray(Integer[]::new));
		args.add(queries.toArray(String[]::new));
		args.add(idfs.toArray(Double[]::new));
		args.add(broads.toArray(Boolean[]::new));
		args.add(own.toArray(Boolean[]::new));
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
			candidates = "select a.article_id as id, 0.0 as score, 1.0 as covered from article_search a where true"
					+ pub;
		}
		else if (filters.isEmpty()) {
			candidates = "select s.id, s.score, s.covered from scored s where true";
		}
		else {
			candidates = "select s.id, s.score, s.covered from scored s join article_search a on a.article_id = s.id"
					+ " where true";
		}
		// The statement's text depends only on the filters, so each connection prepares
		// it once and PostgreSQL keeps one plan instead of planning every search.
		String sql = "with c(i, q, idf, broad, own) as (select x.i, x.q, x.idf, x.broad, x.own"
				+ " from unnest(cast(? as int[]), cast(cast(? as text[]) as tsquery[]), cast(? as float8[]),"
				+ " cast(? as boolean[]), cast(? as boolean[])) as x(i, q, idf, broad, own)), m as ("
				+ " select c.i, c.idf, a.article_id as id, 3 as w from c join article_search a on a.search_title @@ c.q"
				+ pub + " union all select c.i, c.idf, a.article_id, 2 from c join article_search a"
				+ " on not c.broad and a.search_rank @@ c.q" + pub
				+ " union all select c.i, c.idf, a.article_id, 1 from c"
				+ " join article_search a on not c.broad and a.search_body @@ c.q" + pub
				+ "), best as (select i, id, max(idf) as idf, max(w) as w from m group by i, id"
				+ "), scored as (select b.id, sum(b.idf * b.w) as score,"
				+ "   sum(case when c.broad then 0 else b.idf end) as covered from best b join c on c.i = b.i and not c.own"
				+ "   group by b.id having sum(case when c.broad then 0 else b.idf end) >= ?" + "), hits as ("
				+ candidates + filters + "), top as (select * from hits h order by score desc limit ?"
				+ "), ranked as (select t.id, t.covered, t.score + ? * coalesce((select sum(c.idf * ts_rank("
				+ " a.search_body, c.q, 1)) from c where not c.broad and not c.own), 0) + coalesce((select sum(c.idf * 2)"
				+ " from c where c.broad and not c.own and a.search_rank @@ c.q and not a.search_title @@ c.q), 0)"
				+ " as final" + " from top t join article_search a on a.article_id = t.id)"
				+ " select r.id, r.final, r.covered from ranked r order by r.final desc";
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
		args.add(limit);
		args.add(BODY_DENSITY_WEIGHT);
		double total = analysis.totalIdf();
		double broad = analysis.broadIdf();
		return this.jdbc.query(sql, (rs, n) -> new Lexical(rs.getLong(1), rs.getDouble(2),
				(total > 0) ? Math.min(1, (rs.getDouble(3) + broad) / total) : 1), args.toArray());
	}

	/** Title, slug, date and topic names of some public articles, by id. */
	java.util.Map<Long, Row> articles(List<Long> ids, LocalDate today) {
		java.util.Map<Long, Row> rows = new java.util.HashMap<>();
		if (ids.isEmpty()) {
			return rows;
		}
		this.jdbc.query((con) -> {
			var ps = con.prepareStatement("""
					select a.id, a.slug, a.title, a.published, array(select t.name from article_tag at
					  join tag t on t.id = at.tag_id where at.article_id = a.id order by at.position) as tags
					from article a where a.id = any (?) and a.visible_from <= ?""");
			ps.setArray(1, con.createArrayOf("bigint", ids.toArray()));
			ps.setObject(2, today);
			return ps;
		}, (rs) -> {
			rows.put(rs.getLong(1), new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), List.of((String[]) rs.getArray(5).getArray())));
		});
		return rows;
	}

	/** The passages of some articles, by article id, in order. */
	java.util.Map<Long, List<StoredPassage>> passages(List<Long> ids) {
		java.util.Map<Long, List<StoredPassage>> passages = new java.util.HashMap<>();
		if (ids.isEmpty()) {
			return passages;
		}
		this.jdbc.query((con) -> {
			var ps = con.prepareStatement("select article_id, position, anchor, heading, body, signs from passage "
					+ "where article_id = any (?) order by article_id, position");
			ps.setArray(1, con.createArrayOf("bigint", ids.toArray()));
			return ps;
		}, (rs) -> {
			passages.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
				.add(new StoredPassage(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
						List.of((String[]) rs.getArray(6).getArray())));
		});
		return passages;
	}

	/** The urgent signs whose care cards an article shows, by article id. */
	java.util.Map<Long, List<String>> careSigns(List<Long> ids) {
		java.util.Map<Long, List<String>> signs = new java.util.HashMap<>();
		if (ids.isEmpty()) {
			return signs;
		}
		this.jdbc.query((con) -> {
			var ps = con.prepareStatement("select id, care_signs from article where id = any (?)");
			ps.setArray(1, con.createArrayOf("bigint", ids.toArray()));
			return ps;
		}, (rs) -> {
			signs.put(rs.getLong(1), List.of((String[]) rs.getArray(2).getArray()));
		});
		return signs;
	}

	/**
	 * The urgent signs of a passage of an article, when that article has a given slug
	 * (empty otherwise, or when the passage holds no card): one statement, on the few
	 * searches whose first result is near a card.
	 */
	List<String> passageSigns(long articleId, String slug, int position) {
		return this.jdbc
			.query("select p.signs from passage p join article a on a.id = p.article_id"
					+ " where p.article_id = ? and a.slug = ? and p.position = ?",
					(rs, i) -> List.of((String[]) rs.getArray(1).getArray()), articleId, slug, position)
			.stream()
			.findFirst()
			.orElse(List.of());
	}

	/** The id of a public article, or null. */
	Long publicArticleId(String slug, LocalDate today) {
		return this.jdbc
			.query("select id from article where slug = ? and visible_from <= ?", (rs, i) -> rs.getLong(1), slug, today)
			.stream()
			.findFirst()
			.orElse(null);
	}

	/** Every public article's title, by id. */
	java.util.Map<Long, String> publicTitles(LocalDate today) {
		java.util.Map<Long, String> titles = new java.util.HashMap<>();
		this.jdbc.query("select id, title from article where visible_from <= ?",
				(RowCallbackHandler) (rs) -> titles.put(rs.getLong(1), rs.getString(2)), today);
		return titles;
	}

	/**
	 * Whether any public article uses one of some phrases, in its title, summary, topics
	 * or body (as PostgreSQL's phrase search matches them).
	 */
	boolean mentions(List<String> phrases, LocalDate today) {
		Boolean found = this.jdbc.query((con) -> {
			// One join per column, so that each uses its own index (with "or" across
			// the columns PostgreSQL read every body: 200 ms at 10,000 articles).
			var ps = con.prepareStatement("with p(q) as (select phraseto_tsquery('mg_english', x) from unnest(?) x)"
					+ " select count(*) > 0 from (select 1 from p join article_search a on a.search_title @@ p.q"
					+ " and a.visible_from <= ? union all select 1 from p join article_search a"
					+ " on a.search_rank @@ p.q and a.visible_from <= ? union all select 1 from p"
					+ " join article_search a on a.search_body @@ p.q and a.visible_from <= ?) m");
			ps.setArray(1, con.createArrayOf("text", phrases.toArray()));
			ps.setObject(2, today);
			ps.setObject(3, today);
			ps.setObject(4, today);
			return ps;
		}, (rs) -> rs.next() && rs.getBoolean(1));
		return Boolean.TRUE.equals(found);
	}

	/** The care cards of an article for some shared signs, in the article's order. */
	List<String> careCards(String slug, List<String> signs) {
		if (signs.isEmpty()) {
			return List.of();
		}
		List<String> cards = new ArrayList<>();
		this.jdbc.query((con) -> {
			var ps = con.prepareStatement("select c.html from article a, unnest(a.care_cards, a.care_signs) "
					+ "with ordinality as c(html, sign, n) where a.slug = ? and c.sign = any (?) order by c.n");
			ps.setString(1, slug);
			ps.setArray(2, con.createArrayOf("text", signs.toArray()));
			return ps;
		}, (rs) -> {
			cards.add(rs.getString(1));
		});
		return cards;
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

	/**
	 * Suggestions for typed text: topics, articles and glossary terms whose name, title,
	 * abbreviation or alias has a word starting with it, then the guide's words for lay
	 * words starting with it (searched, not linked). An alias is shown beside the name it
	 * stands for ("IBM: Inclusion body myositis").
	 * @param prefix the typed text as plain words (lower case, no punctuation)
	 */
	List<Suggestion> suggest(String prefix, LocalDate today, int limit) {
		String word = "% " + prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		List<Suggestion> found = this.jdbc.query("""
				with words(text, url, kind, len, label) as (
				  select name, '/tags/' || slug, 0, length(name), name from tag
				  union all select alias, '/tags/' || slug, 1, length(alias), upper(alias) || ': ' || name
				    from tag, unnest(aliases) alias where length(alias) <= 5
				  union all select title, '/articles/' || slug, 2, length(title), title from article
				    where visible_from <= ?
				  union all select term || ' ' || coalesce(abbreviation, ''), '/glossary/' || slug, 3, length(term),
				    term || coalesce(' (' || abbreviation || ')', '') from glossary_term
				  union all select alias, '/tags/' || t.slug, 4, length(alias), alias || ': ' || t.name
				    from tag t, unnest(t.aliases) alias where length(alias) > 5
				  union all select alias, '/glossary/' || g.slug, 5, length(alias), alias || ': ' || g.term
				    from glossary_term g, unnest(g.aliases) alias
				  union all select term || ' ' || phrase, '/search?q=' || replace(term, ' ', '+'), 6, length(term), term
				    from synonym
				)
				select label, url from (
				  select label, url, kind, len, ' ' || regexp_replace(lower(text), '[^[:alnum:]]+', ' ', 'g') as plain
				  from words
				) w where plain like ? order by kind, len, label limit ?""",
				(rs, i) -> new Suggestion(rs.getString(1), rs.getString(2)), today, word, limit * 4);
		java.util.Set<String> urls = new java.util.HashSet<>();
		return found.stream().filter((s) -> urls.add(s.url())).limit(limit).toList();
	}

	/** An article to list: its title, date and topic names. */
	record Row(long id, String slug, String title, LocalDate published, List<String> tags) {
	}

	/**
	 * A lexical candidate.
	 *
	 * @param coverage the share (0 to 1) of the query's weight it matches
	 */
	record Lexical(long id, double score, double coverage) {
	}

	/** A passage as the index keeps it. */
	record StoredPassage(int position, String anchor, String heading, String body, List<String> signs) {
	}

	/** A glossary term and all the names a query may use for it. */
	record GlossaryEntry(GlossaryHit hit, List<String> names) {
	}

	/** A suggestion while typing. */
	record Suggestion(String label, String url) {
	}

}
