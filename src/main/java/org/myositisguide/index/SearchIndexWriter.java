package org.myositisguide.index;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Derives the search tables from the freshly written index: each article's ranking vector
 * (summary, topic names and aliases, glossary terms it links to), the lay-word expansions
 * and the typo vocabulary.
 */
final class SearchIndexWriter {

	private SearchIndexWriter() {
	}

	static void write(JdbcTemplate jdbc) {
		jdbc.update("""
				update article_search s set search_rank = setweight(to_tsvector('mg_english', a.summary || ' '
				  || array_to_string(a.key_points, ' ') || ' ' || array_to_string(a.questions, ' ') || ' '
				  || coalesce((select string_agg(t.name || ' ' || array_to_string(t.aliases, ' '), ' ')
				               from article_tag at join tag t on t.id = at.tag_id where at.article_id = a.id), '')
				  || ' ' || coalesce((select string_agg(g.term || ' ' || coalesce(g.abbreviation, '') || ' '
				               || array_to_string(g.aliases, ' '), ' ')
				               from glossary_term g where g.slug = any (a.glossary_slugs)), '')), 'B')
				from article a where a.id = s.article_id""");
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
		jdbc.update("delete from search_term");
		jdbc.update("""
				insert into search_term (lexeme, ndoc, own_ndoc)
				select coalesce(a.word, b.word), coalesce(a.ndoc, 0), coalesce(b.ndoc, 0)
				from ts_stat('select search_title || search_rank || search_body from article_search
				              where status = ''published''') a
				full join ts_stat('select search_title || search_body from article_search
				                   where status = ''published''') b on b.word = a.word""");
		jdbc.update("delete from search_vocabulary");
		jdbc.update("""
				insert into search_vocabulary (word)
				select distinct w from (
				  select regexp_split_to_table(lower(title || ' ' || summary), '[^a-z0-9]+') as w from article
				    where status = 'published'
				  union all select regexp_split_to_table(lower(name || ' ' || title || ' '
				    || array_to_string(aliases, ' ')), '[^a-z0-9]+') from tag
				  union all select regexp_split_to_table(lower(term || ' ' || coalesce(abbreviation, '') || ' '
				    || array_to_string(aliases, ' ')), '[^a-z0-9]+') from glossary_term
				  union all select regexp_split_to_table(lower(term), '[^a-z0-9]+') from synonym
				) words where length(w) >= 4 and w !~ '^[0-9]+$'""");
	}

}
