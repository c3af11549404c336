package org.myositisguide.index;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Derives the search tables from the freshly written index: each article's ranking vector
 * (summary, topic names and aliases, glossary terms it links to), the lay-word expansions
 * and the typo vocabulary.
 */
final class SearchIndexWriter {

	private SearchIndexWriter() {
	}

	/**
	 * Everything from scratch: after a first index, or when topics or glossary changed.
	 */
	static void writeAll(JdbcTemplate jdbc) {
		rankVectors(jdbc, null);
		writeExpansions(jdbc);
		jdbc.update("delete from search_term");
		jdbc.update("""
				insert into search_term (lexeme, ndoc, own_ndoc)
				select coalesce(a.word, b.word), coalesce(a.ndoc, 0), coalesce(b.ndoc, 0)
				from ts_stat('select search_title || search_rank || search_body from article_search
				              where visible_from is not null') a
				full join ts_stat('select search_title || search_body from article_search
				                   where visible_from is not null') b on b.word = a.word""");
		jdbc.update("delete from search_vocabulary");
		jdbc.update("""
				insert into search_vocabulary (word)
				select distinct w from (
				  select regexp_split_to_table(lower(title || ' ' || summary), '[^a-z0-9]+') as w from article
				    where visible_from is not null
				  union all select regexp_split_to_table(lower(name || ' ' || title || ' '
				    || array_to_string(aliases, ' ')), '[^a-z0-9]+') from tag
				  union all select regexp_split_to_table(lower(term || ' ' || coalesce(abbreviation, '') || ' '
				    || array_to_string(aliases, ' ')), '[^a-z0-9]+') from glossary_term
				  union all select regexp_split_to_table(lower(term), '[^a-z0-9]+') from synonym
				  union all select word from ts_stat('select to_tsvector(''simple'', plain_text) from article
				                                      where visible_from is not null')
				) words where length(w) >= 4 and w ~ '^[a-z0-9]+$' and w !~ '^[0-9]+$'""");
	}

	/**
	 * The ranking vectors of some articles, and any new words of theirs for typo
	 * correction.
	 */
	static void writeArticles(JdbcTemplate jdbc, List<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		rankVectors(jdbc, ids);
		jdbc.update((con) -> {
			PreparedStatement ps = con.prepareStatement("""
					insert into search_vocabulary (word)
					select distinct w from (
					  select regexp_split_to_table(lower(title || ' ' || summary), '[^a-z0-9]+') as w from article
					    where visible_from is not null and id = any (?)
					  union all select unnest(tsvector_to_array(to_tsvector('simple', plain_text))) from article
					    where visible_from is not null and id = any (?)
					) words where length(w) >= 4 and w ~ '^[a-z0-9]+$' and w !~ '^[0-9]+$'
					on conflict do nothing""");
			Array array = con.createArrayOf("bigint", ids.toArray());
			ps.setArray(1, array);
			ps.setArray(2, array);
			return ps;
		});
	}

	/**
	 * Adds ({@code sign} 1) or removes (-1) some articles' words to or from the document
	 * counts, so that a one-file change does not count the whole library again.
	 */
	static void countTerms(JdbcTemplate jdbc, List<Long> ids, int sign) {
		if (ids.isEmpty()) {
			return;
		}
		jdbc.update((con) -> {
			PreparedStatement ps = con.prepareStatement("""
					insert into search_term (lexeme, ndoc, own_ndoc)
					select lexeme, ? * sum(n), ? * sum(own) from (
					  select l as lexeme, 1 as n, 0 as own from article_search s,
					    unnest(tsvector_to_array(s.search_title || s.search_rank || s.search_body)) l
					    where s.article_id = any (?) and s.visible_from is not null
					  union all select l, 0, 1 from article_search s,
					    unnest(tsvector_to_array(s.search_title || s.search_body)) l
					    where s.article_id = any (?) and s.visible_from is not null
					) x group by lexeme
					on conflict (lexeme) do update set ndoc = search_term.ndoc + excluded.ndoc,
					  own_ndoc = search_term.own_ndoc + excluded.own_ndoc""");
			Array array = con.createArrayOf("bigint", ids.toArray());
			ps.setInt(1, sign);
			ps.setInt(2, sign);
			ps.setArray(3, array);
			ps.setArray(4, array);
			return ps;
		});
		if (sign < 0) {
			jdbc.update("delete from search_term where ndoc <= 0 and own_ndoc <= 0");
		}
	}

	/** The lay-word expansions, from synonyms and topic and glossary aliases. */
	static void writeExpansions(JdbcTemplate jdbc) {
		jdbc.update("delete from search_expansion");
		jdbc.update("""
				insert into search_expansion (phrase, phrase_query, term, source)
				select phrase, plainto_tsquery('mg_english', phrase), term, source from (
				  select replace(phrase, '''', '') as phrase, term, 'synonym' as source from synonym
				  union all select term, replace(phrase, '''', ''), 'synonym' from synonym
				  union all select lower(alias), lower(g.term), 'glossary' from glossary_term g, unnest(g.aliases) alias
				  union all select lower(g.abbreviation), lower(g.term), 'glossary' from glossary_term g
				    where g.abbreviation is not null
				  union all select lower(g.term), lower(g.abbreviation), 'glossary' from glossary_term g
				    where g.abbreviation is not null
				) e where numnode(plainto_tsquery('mg_english', phrase)) > 0""");
	}

	/**
	 * Keeps the search indexes fast after writes: moves GIN's pending entries into the
	 * index proper (otherwise every search scans them, and every typo correction the
	 * vocabulary's), and refreshes the planner's statistics after large changes.
	 */
	static void tidy(JdbcTemplate jdbc, int changed, int total) {
		if (changed == 0) {
			return;
		}
		jdbc.queryForList(
				"select gin_clean_pending_list(c.oid) from pg_class c join pg_index i on i.indexrelid = c.oid "
						+ "join pg_am am on am.oid = c.relam where am.amname = 'gin' and i.indrelid in "
						+ "('article_search'::regclass, 'search_vocabulary'::regclass)",
				Long.class);
		if (changed > Math.max(100, total / 10)) {
			for (String table : List.of("article", "article_tag", "article_search", "passage", "related_article",
					"search_term", "search_vocabulary")) {
				jdbc.execute("analyze " + table);
			}
		}
	}

	private static void rankVectors(JdbcTemplate jdbc, List<Long> ids) {
		String where = (ids != null) ? " and a.id = any (?)" : "";
		String sql = """
				update article_search s set search_rank = setweight(to_tsvector('mg_english', a.summary || ' '
				  || array_to_string(a.key_points, ' ') || ' ' || array_to_string(a.questions, ' ') || ' '
				  || coalesce((select string_agg(t.name || ' ' || array_to_string(t.aliases, ' '), ' ')
				               from article_tag at join tag t on t.id = at.tag_id where at.article_id = a.id), '')
				  || ' ' || coalesce((select string_agg(g.term || ' ' || coalesce(g.abbreviation, '') || ' '
				               || array_to_string(g.aliases, ' '), ' ')
				               from glossary_term g where g.slug = any (a.glossary_slugs)), '')), 'B')
				from article a where a.id = s.article_id""" + where;
		if (ids == null) {
			jdbc.update(sql);
		}
		else {
			jdbc.update((con) -> {
				PreparedStatement ps = con.prepareStatement(sql);
				ps.setArray(1, con.createArrayOf("bigint", ids.toArray()));
				return ps;
			});
		}
	}

}
