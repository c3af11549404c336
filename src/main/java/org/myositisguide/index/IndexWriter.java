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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.myositisguide.catalog.IndexChange;
import org.myositisguide.content.ArticleSource;
import org.myositisguide.content.ContentSnapshot;
import org.myositisguide.content.GlossarySource;
import org.myositisguide.content.PageSource;
import org.myositisguide.content.Heading;
import org.myositisguide.content.MarkdownRenderer;
import org.myositisguide.content.Problem;
import org.myositisguide.content.Reference;
import org.myositisguide.content.SynonymGroup;
import org.myositisguide.content.UrgentSign;
import org.myositisguide.content.TagSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The SQL of one index run. Called inside a transaction by {@link ContentIndexer}.
 */
final class IndexWriter {

	private static final int RELATED_KEPT = 10;

	private static final int BATCH = 500;

	/**
	 * Articles within this many places of each other in a topic's date order are
	 * compared.
	 */
	private static final int RELATED_WINDOW = 10;

	private static final String UPSERT_ARTICLE = """
			insert into article (slug, title, heading, summary, status, published, updated, checked, review_due,
			  audience, affects, related_slugs, key_points, questions, changes, body_html, toc, plain_text,
			  word_count, reading_minutes, reading_grade, source_path, source_hash, indexed_at,
			  glossary_slugs, visible_from, care_cards, care_signs)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?, ?, ?, ?)
			on conflict (slug) do update set title = excluded.title, heading = excluded.heading, summary = excluded.summary,
			  status = excluded.status, published = excluded.published, updated = excluded.updated,
			  checked = excluded.checked, review_due = excluded.review_due, audience = excluded.audience,
			  affects = excluded.affects, related_slugs = excluded.related_slugs,
			  key_points = excluded.key_points, questions = excluded.questions, changes = excluded.changes,
			  body_html = excluded.body_html, toc = excluded.toc, plain_text = excluded.plain_text,
			  word_count = excluded.word_count, reading_minutes = excluded.reading_minutes,
			  reading_grade = excluded.reading_grade,
			  source_path = excluded.source_path, source_hash = excluded.source_hash, indexed_at = now(),
			  glossary_slugs = excluded.glossary_slugs, visible_from = excluded.visible_from,
			  care_cards = excluded.care_cards, care_signs = excluded.care_signs""";

	private static final String UPSERT_SEARCH = """
			insert into article_search (article_id, visible_from, search_title, search_body)
			select id, visible_from, setweight(to_tsvector('mg_english', title), 'A'),
			  setweight(to_tsvector('mg_english', plain_text), 'C')
			from article where id = any (?)
			on conflict (article_id) do update set visible_from = excluded.visible_from,
			  search_title = excluded.search_title, search_body = excluded.search_body""";

	/**
	 * Glossary links the author wrote (not the ones added to explain a term in place,
	 * {@code class="term"}): the terms an article is about, which help it rank.
	 */
	private static final Pattern GLOSSARY_LINK = Pattern
		.compile("<a href=\"/glossary/([a-z0-9-]+)\"(?![^>]*\\bclass=\"term\")");

	private final JdbcTemplate jdbc;

	IndexWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes a snapshot; returns how many articles were (re)written. Only what changed is
	 * written: unchanged topics and glossary terms are left alone, related lists are
	 * computed again only when titles, dates, topics or related lists changed, and the
	 * search statistics are adjusted for the changed articles instead of being counted
	 * again, unless topics or glossary changed (which touches every ranking vector).
	 */
	IndexChange write(ContentSnapshot snapshot, String siteJson) {
		Timer timer = new Timer();
		boolean topicsChanged = writeTags(snapshot.tags());
		topicsChanged |= writeGlossary(snapshot.glossary());
		topicsChanged |= writeSynonyms(snapshot.synonyms());
		topicsChanged |= writeUrgentPhrases(snapshot.urgentSigns());
		topicsChanged |= writeUrgentSignWords(snapshot.urgentSigns());
		topicsChanged |= this.jdbc.update(
				"update index_state set site = cast(? as jsonb) where id = 1 and site is distinct from cast(? as jsonb)",
				siteJson, siteJson) > 0;
		Set<String> pages = writePages(snapshot.pages());
		List<ArticleSource> changed = snapshot.articles().stream().filter((a) -> a.rendered() != null).toList();
		List<Long> removed = this.jdbc.query((con) -> statement(con, """
				select a.id from article a left join unnest(cast(? as text[])) f(slug) on f.slug = a.slug
				where f.slug is null""", array(con, snapshot.articleSlugsOnDisk())), (rs, i) -> rs.getLong(1));
		Set<String> articles = new TreeSet<>(changed.stream().map(ArticleSource::slug).toList());
		articles.addAll(slugs(removed));
		Set<String> topics = topicsOf(articles);
		boolean fullSearch = topicsChanged
				|| changed.size() + removed.size() > Math.max(50, FULL_SEARCH_SHARE * count("article"))
				|| count("search_term") == 0;
		List<Long> before = ids(changed.stream().map(ArticleSource::slug).toList());
		boolean relatedChanged = topicsChanged || !removed.isEmpty() || relatedInputsChanged(changed);
		if (!fullSearch) {
			SearchIndexWriter.countTerms(this.jdbc, concat(before, removed), -1);
		}
		timer.lap("change detection");
		writeArticles(changed);
		timer.lap("articles");
		this.jdbc.update((con) -> statement(con, "delete from article where id = any(?)",
				con.createArrayOf("bigint", removed.toArray())));
		writeProblems(snapshot.problems());
		timer.lap("synonyms and problems");
		if (relatedChanged) {
			Map<Long, List<Long>> relatedBefore = relatedLists();
			computeRelated();
			Map<Long, List<Long>> relatedAfter = relatedLists();
			Set<Long> listChanged = new HashSet<>(relatedBefore.keySet());
			listChanged.addAll(relatedAfter.keySet());
			listChanged.removeIf((id) -> Objects.equals(relatedBefore.get(id), relatedAfter.get(id)));
			articles.addAll(slugs(new ArrayList<>(listChanged)));
		}
		timer.lap("related");
		List<Long> after = ids(changed.stream().map(ArticleSource::slug).toList());
		if (fullSearch) {
			SearchIndexWriter.writeAll(this.jdbc);
		}
		else {
			SearchIndexWriter.writeArticles(this.jdbc, after);
			SearchIndexWriter.countTerms(this.jdbc, after, 1);
		}
		int total = count("article");
		// A full rewrite of the ranking vectors fills GIN's pending list as much as
		// changed articles do (seen: 460 pending pages after a topic change at 10,000
		// articles, and a search for a word no article has took 17 ms instead of 0.5).
		SearchIndexWriter.tidy(this.jdbc, fullSearch ? total : changed.size() + removed.size(), total);
		timer.lap("search");
		topics.addAll(topicsOf(articles));
		boolean everything = topicsChanged || articles.size() > MAX_LISTED_CHANGES;
		if (!everything && articles.isEmpty() && pages.isEmpty()) {
			return new IndexChange(version(), false, Set.of(), Set.of(), Set.of());
		}
		Long version = this.jdbc.queryForObject(
				"update index_state set version = version + 1, last_full_index = now() where id = 1 returning version",
				Long.class);
		return everything ? IndexChange.everything(version)
				: new IndexChange(version, false, Set.copyOf(articles), Set.copyOf(topics), Set.copyOf(pages));
	}

	/**
	 * Stores the articles nearest each other in meaning and computes the related lists
	 * again; returns the change: the articles whose list changed (empty when none did).
	 */
	IndexChange writeSimilar(List<ArticleSimilarity> similar) {
		this.jdbc.update("delete from article_similar");
		this.jdbc.batchUpdate(
				"insert into article_similar (article_id, similar_id, score) select ?, ?, ? where exists "
						+ "(select 1 from article where id = ?) and exists (select 1 from article where id = ?)",
				similar.stream()
					.map((s) -> new Object[] { s.articleId(), s.similarId(), s.score(), s.articleId(), s.similarId() })
					.toList());
		Map<Long, List<Long>> before = relatedLists();
		computeRelated();
		Map<Long, List<Long>> after = relatedLists();
		Set<Long> changed = new HashSet<>(before.keySet());
		changed.addAll(after.keySet());
		changed.removeIf((id) -> Objects.equals(before.get(id), after.get(id)));
		if (changed.isEmpty()) {
			return new IndexChange(version(), false, Set.of(), Set.of(), Set.of());
		}
		Set<String> articles = new TreeSet<>(slugs(new ArrayList<>(changed)));
		Long version = this.jdbc
			.queryForObject("update index_state set version = version + 1 where id = 1 returning version", Long.class);
		return (articles.size() > MAX_LISTED_CHANGES) ? IndexChange.everything(version)
				: new IndexChange(version, false, Set.copyOf(articles), Set.copyOf(topicsOf(articles)), Set.of());
	}

	/**
	 * Above this many changed articles, a change is announced as a change of everything.
	 */
	static final int MAX_LISTED_CHANGES = 200;

	private long version() {
		Long version = this.jdbc.queryForObject("select version from index_state where id = 1", Long.class);
		return (version != null) ? version : 0;
	}

	/** The topics (slugs) the given articles carry now. */
	private Set<String> topicsOf(Collection<String> slugs) {
		return new TreeSet<>(this.jdbc.query((con) -> statement(con, """
				select distinct t.slug from article a join article_tag at on at.article_id = a.id
				join tag t on t.id = at.tag_id where a.slug = any (?)""", array(con, slugs)),
				(rs, i) -> rs.getString(1)));
	}

	private List<String> slugs(List<Long> ids) {
		return this.jdbc.query((con) -> statement(con, "select slug from article where id = any (?)",
				con.createArrayOf("bigint", ids.toArray())), (rs, i) -> rs.getString(1));
	}

	/** Every article's related articles, in order. */
	private Map<Long, List<Long>> relatedLists() {
		Map<Long, List<Long>> lists = new HashMap<>();
		this.jdbc.query("select article_id, related_id from related_article order by article_id, rank", (rs) -> {
			lists.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getLong(2));
		});
		return lists;
	}

	/**
	 * Above this share of changed articles, search statistics are counted from scratch.
	 */
	private static final double FULL_SEARCH_SHARE = 0.2;

	private int count(String table) {
		Integer count = this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
		return (count != null) ? count : 0;
	}

	private List<Long> ids(List<String> slugs) {
		return this.jdbc.query(
				(con) -> statement(con, "select id from article where slug = any (?)", array(con, slugs)),
				(rs, i) -> rs.getLong(1));
	}

	private static List<Long> concat(List<Long> a, List<Long> b) {
		List<Long> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	/**
	 * Whether any changed article is new or has a new title, date, topic list or related
	 * list: the inputs of the related-article lists.
	 */
	private boolean relatedInputsChanged(List<ArticleSource> changed) {
		Map<String, String> old = new HashMap<>();
		this.jdbc.query((con) -> statement(con, """
				select a.slug, a.title || '|' || a.published || '|' || array_to_string(a.related_slugs, ',') || '|'
				  || coalesce((select string_agg(t.slug, ',' order by at.position) from article_tag at
				               join tag t on t.id = at.tag_id where at.article_id = a.id), '')
				from article a where a.slug = any (?)""",
				array(con, changed.stream().map(ArticleSource::slug).toList())), (rs) -> {
					old.put(rs.getString(1), rs.getString(2));
				});
		for (ArticleSource a : changed) {
			String now = a.title() + "|" + a.published() + "|" + String.join(",", a.related()) + "|"
					+ String.join(",", a.tags());
			if (!now.equals(old.get(a.slug()))) {
				return true;
			}
		}
		return false;
	}

	/** Logs how long each phase of a run took, at debug level. */
	private static final class Timer {

		private static final org.apache.commons.logging.Log logger = org.apache.commons.logging.LogFactory
			.getLog(IndexWriter.class);

		private long start = System.nanoTime();

		void lap(String phase) {
			long now = System.nanoTime();
			if (logger.isDebugEnabled()) {
				logger.debug(phase + " took " + (now - this.start) / 1_000_000 + " ms");
			}
			this.start = now;
		}

	}

	private boolean writeTags(List<TagSource> tags) {
		int written = 0;
		for (TagSource tag : tags) {
			written += this.jdbc.update((con) -> statement(con,
					"""
							insert into tag (slug, name, title, definition, aliases, related, intro_html, source_path, source_hash,
							  main_article, broader)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
							on conflict (slug) do update set name = excluded.name, title = excluded.title,
							  definition = excluded.definition, aliases = excluded.aliases, related = excluded.related,
							  intro_html = excluded.intro_html, source_path = excluded.source_path,
							  source_hash = excluded.source_hash, main_article = excluded.main_article,
							  broader = excluded.broader
							where (tag.name, tag.title, tag.definition, tag.aliases, tag.related, tag.intro_html,
							  tag.source_path, tag.source_hash, tag.main_article, tag.broader) is distinct from
							  (excluded.name, excluded.title, excluded.definition, excluded.aliases, excluded.related,
							  excluded.intro_html, excluded.source_path, excluded.source_hash, excluded.main_article,
							  excluded.broader)""",
					tag.slug(), tag.name(), tag.title(), tag.definition(), array(con, tag.aliases()),
					array(con, tag.related()), tag.introHtml(), tag.path(), tag.hash(), tag.main(), tag.broader()));
		}
		written += this.jdbc.update((con) -> statement(con, "delete from tag where not (slug = any(?))",
				array(con, tags.stream().map(TagSource::slug).toList())));
		if (written > 0 || count("topic_family") == 0) {
			writeTopicFamily(tags);
		}
		return written > 0;
	}

	/**
	 * Each topic with every broader topic above it (and itself at depth 0). A path that
	 * comes back to a topic (an error the checks report) stops there.
	 */
	private void writeTopicFamily(List<TagSource> tags) {
		Map<String, String> broader = new HashMap<>();
		tags.forEach((t) -> {
			if (t.broader() != null) {
				broader.put(t.slug(), t.broader());
			}
		});
		Set<String> known = new HashSet<>(tags.stream().map(TagSource::slug).toList());
		List<Object[]> rows = new ArrayList<>();
		for (TagSource tag : tags) {
			Set<String> seen = new HashSet<>();
			String ancestor = tag.slug();
			int depth = 0;
			while (ancestor != null && known.contains(ancestor) && seen.add(ancestor)) {
				rows.add(new Object[] { ancestor, tag.slug(), depth++ });
				ancestor = broader.get(ancestor);
			}
		}
		this.jdbc.update("delete from topic_family");
		this.jdbc.batchUpdate("insert into topic_family (ancestor, descendant, depth) values (?, ?, ?)", rows);
	}

	private boolean writeGlossary(List<GlossarySource> terms) {
		int written = 0;
		for (GlossarySource term : terms) {
			written += this.jdbc.update((con) -> statement(con, """
					insert into glossary_term (slug, term, abbreviation, aliases, definition, body_html, source_path,
					  source_hash)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (slug) do update set term = excluded.term, abbreviation = excluded.abbreviation,
					  aliases = excluded.aliases, definition = excluded.definition, body_html = excluded.body_html,
					  source_path = excluded.source_path, source_hash = excluded.source_hash
					where (glossary_term.term, glossary_term.abbreviation, glossary_term.aliases,
					  glossary_term.definition, glossary_term.body_html, glossary_term.source_path,
					  glossary_term.source_hash) is distinct from (excluded.term, excluded.abbreviation,
					  excluded.aliases, excluded.definition, excluded.body_html, excluded.source_path,
					  excluded.source_hash)""", term.slug(), term.term(), term.abbreviation(),
					array(con, term.aliases()), term.definition(), term.bodyHtml(), term.path(), term.hash()));
		}
		written += this.jdbc.update((con) -> statement(con, "delete from glossary_term where not (slug = any(?))",
				array(con, terms.stream().map(GlossarySource::slug).toList())));
		return written > 0;
	}

	/** Writes the pages about the site; returns the slugs of those written or removed. */
	private Set<String> writePages(List<PageSource> pages) {
		Set<String> changed = new TreeSet<>();
		for (PageSource page : pages) {
			int written = this.jdbc.update((con) -> statement(con, """
					insert into site_page (slug, title, summary, updated, body_html, source_path, source_hash)
					values (?, ?, ?, ?, ?, ?, ?)
					on conflict (slug) do update set title = excluded.title, summary = excluded.summary,
					  updated = excluded.updated, body_html = excluded.body_html, source_path = excluded.source_path,
					  source_hash = excluded.source_hash
					where (site_page.title, site_page.summary, site_page.updated, site_page.body_html,
					  site_page.source_hash) is distinct from (excluded.title, excluded.summary, excluded.updated,
					  excluded.body_html, excluded.source_hash)""", page.slug(), page.title(), page.summary(),
					date(page.updated()), page.bodyHtml(), page.path(), page.hash()));
			if (written > 0) {
				changed.add(page.slug());
			}
		}
		changed.addAll(
				this.jdbc.query(
						(con) -> statement(con, "delete from site_page where not (slug = any(?)) returning slug",
								array(con, pages.stream().map(PageSource::slug).toList())),
						(rs, i) -> rs.getString(1)));
		return changed;
	}

	/**
	 * Writes changed articles in batches: upserts, then their topics, references and
	 * aliases.
	 */
	private void writeArticles(List<ArticleSource> changed) {
		for (int from = 0; from < changed.size(); from += BATCH) {
			List<ArticleSource> batch = changed.subList(from, Math.min(changed.size(), from + BATCH));
			this.jdbc.batchUpdate(UPSERT_ARTICLE, batch, batch.size(), (ps, a) -> {
				Connection con = ps.getConnection();
				List<String> toc = a.rendered().toc().stream().map(IndexWriter::tocEntry).toList();
				Object[] values = { a.slug(), a.title(), a.heading().equals(a.title()) ? null : a.heading(),
						a.summary(), a.status(), date(a.published()), date(a.updated()), date(a.checked()),
						date(a.reviewDue()), array(con, a.audience()), array(con, a.affects()), array(con, a.related()),
						array(con, a.keyPoints()), array(con, a.questions()), array(con, a.changes()),
						a.rendered().html(), array(con, toc), a.rendered().searchText(), a.rendered().stats().words(),
						a.rendered().stats().minutes(), a.rendered().stats().grade(), a.path(), a.hash(),
						array(con, glossarySlugs(a.rendered().html())), date(a.visibleFrom()),
						array(con, a.rendered().careCards().stream().map(MarkdownRenderer.RenderedCard::html).toList()),
						array(con,
								a.rendered()
									.careCards()
									.stream()
									.map((c) -> (c.sign() != null) ? c.sign() : "")
									.toList()) };
				bind(ps, values);
			});
			Map<String, Long> ids = new HashMap<>();
			this.jdbc.query((con) -> statement(con, "select slug, id from article where slug = any (?)",
					array(con, batch.stream().map(ArticleSource::slug).toList())), (rs) -> {
						ids.put(rs.getString(1), rs.getLong(2));
					});
			Long[] idArray = ids.values().toArray(Long[]::new);
			this.jdbc.update((con) -> statement(con, UPSERT_SEARCH, con.createArrayOf("bigint", idArray)));
			for (String table : List.of("article_tag", "article_reference", "article_alias")) {
				this.jdbc.update((con) -> statement(con, "delete from " + table + " where article_id = any (?)",
						con.createArrayOf("bigint", idArray)));
			}
			List<Object[]> tags = new ArrayList<>();
			List<Object[]> references = new ArrayList<>();
			List<Object[]> aliases = new ArrayList<>();
			for (ArticleSource a : batch) {
				Long id = ids.get(a.slug());
				for (int i = 0; i < a.tags().size(); i++) {
					tags.add(new Object[] { id, i, a.tags().get(i) });
				}
				for (int i = 0; i < a.references().size(); i++) {
					Reference r = a.references().get(i);
					references.add(new Object[] { id, i, r.title(), r.publisher(), r.year(), r.url() });
				}
				a.aliases().forEach((alias) -> aliases.add(new Object[] { alias, id }));
			}
			this.jdbc.batchUpdate("insert into article_tag (article_id, position, tag_id) "
					+ "select ?, ?, id from tag where slug = ? on conflict do nothing", tags);
			this.jdbc.batchUpdate(
					"insert into article_reference (article_id, position, title, publisher, year, url) "
							+ "values (?, ?, ?, ?, ?, ?)",
					references, new int[] { Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
							Types.VARCHAR });
			this.jdbc.batchUpdate("insert into article_alias (alias, article_id) values (?, ?) "
					+ "on conflict (alias) do update set article_id = excluded.article_id", aliases);
			writePassages(batch, ids, idArray);
		}
	}

	/** The articles' passages, in place of those they had. */
	private void writePassages(List<ArticleSource> batch, Map<String, Long> ids, Long[] idArray) {
		this.jdbc.update((con) -> statement(con, "delete from passage where article_id = any (?)",
				con.createArrayOf("bigint", idArray)));
		List<Object[]> rows = new ArrayList<>();
		for (ArticleSource a : batch) {
			List<org.myositisguide.content.Passage> passages = a.passages();
			for (int i = 0; i < passages.size(); i++) {
				org.myositisguide.content.Passage p = passages.get(i);
				rows.add(new Object[] { ids.get(a.slug()), i, p.anchor(), p.heading(), p.text(), p.own(),
						String.join("\u0001", p.signs()), p.hash(a.title()) });
			}
		}
		this.jdbc
			.batchUpdate("insert into passage (article_id, position, anchor, heading, body, own_text, signs, hash) "
					+ "values (?, ?, ?, ?, ?, ?, string_to_array(?, chr(1)), ?)", rows);
	}

	private boolean writeSynonyms(List<SynonymGroup> groups) {
		List<String> wanted = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		for (SynonymGroup group : groups) {
			group.phrases().forEach((phrase) -> {
				rows.add(new Object[] { group.term(), phrase });
				wanted.add(group.term() + "\u0001" + phrase);
			});
		}
		List<String> existing = this.jdbc.queryForList("select term || chr(1) || phrase from synonym order by id",
				String.class);
		if (existing.equals(wanted)) {
			return false;
		}
		this.jdbc.update("delete from synonym");
		this.jdbc.batchUpdate("insert into synonym (term, phrase) values (?, ?)", rows);
		return true;
	}

	/**
	 * Each urgent sign's phrases, for search: those that identify it and those in a
	 * reader's everyday words; true when they changed.
	 */
	private boolean writeUrgentPhrases(List<UrgentSign> signs) {
		List<String> wanted = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		for (UrgentSign sign : signs) {
			java.util.stream.Stream.concat(sign.match().stream(), sign.everyday().stream())
				.distinct()
				.forEach((phrase) -> {
					rows.add(new Object[] { sign.slug(), phrase });
					wanted.add(sign.slug() + "\u0001" + phrase);
				});
		}
		wanted.sort(null);
		List<String> existing = this.jdbc.queryForList(
				"select sign || chr(1) || phrase from urgent_phrase order by sign || chr(1) || phrase collate \"C\"",
				String.class);
		if (existing.equals(wanted)) {
			return false;
		}
		this.jdbc.update("delete from urgent_phrase");
		this.jdbc.batchUpdate("insert into urgent_phrase (sign, phrase) values (?, ?)", rows);
		return true;
	}

	/**
	 * Each urgent sign's own words (its title and the items its card lists), for search;
	 * true when they changed.
	 */
	private boolean writeUrgentSignWords(List<UrgentSign> signs) {
		Map<String, String> wanted = new HashMap<>();
		signs.forEach((sign) -> wanted.put(sign.slug(), UrgentSignWords.of(sign)));
		Map<String, String> existing = new HashMap<>();
		this.jdbc.query("select sign, words from urgent_sign_words",
				(RowCallbackHandler) (rs) -> existing.put(rs.getString(1), rs.getString(2)));
		if (existing.equals(wanted)) {
			return false;
		}
		this.jdbc.update("delete from urgent_sign_words");
		this.jdbc.batchUpdate("insert into urgent_sign_words (sign, words) values (?, ?)",
				wanted.entrySet().stream().map((e) -> new Object[] { e.getKey(), e.getValue() }).toList());
		return true;
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
	 * specific tags (a tag shared by few articles weighs more), then similar titles
	 * (trigrams). Candidates are the articles near each other in a topic's date order
	 * (all of a topic's articles while it has fewer than about fifty), so the work grows
	 * linearly with the library, not with its square.
	 */
	private void computeRelated() {
		this.jdbc.update("delete from related_article");
		this.jdbc.update("""
				insert into related_article (article_id, related_id, score, rank)
				with tag_weight as (
				  select tag_id, 1.0 / ln(2.0 + count(*)) as w from article_tag group by tag_id
				), ordered as (
				  select at.article_id, at.tag_id,
				    row_number() over (partition by at.tag_id order by a.published, a.id) as pos
				  from article_tag at join article a on a.id = at.article_id
				), pairs as (
				  select distinct o1.article_id, o2.article_id as related_id
				  from ordered o1 cross join generate_series(-?, ?) d
				  join ordered o2 on o2.tag_id = o1.tag_id and o2.pos = o1.pos + d
				  where d <> 0
				), tag_score as (
				  select p.article_id, p.related_id, sum(tw.w) as score
				  from pairs p
				  join article_tag a1 on a1.article_id = p.article_id
				  join article_tag b1 on b1.article_id = p.related_id and b1.tag_id = a1.tag_id
				  join tag_weight tw on tw.tag_id = a1.tag_id
				  group by p.article_id, p.related_id
				), chosen as (
				  select x.id as article_id, y.id as related_id from article x
				  join article y on y.slug = any (x.related_slugs) and y.id <> x.id
				), scored as (
				  select c.article_id, c.related_id, y.slug, y.published,
				    80 * coalesce(t.score, 0) + 100 * similarity(x.title, y.title) + 100 * coalesce(s.score, 0)
				    + coalesce(10000 - array_position(x.related_slugs, y.slug), 0) as score
				  from (select article_id, related_id from pairs union select article_id, related_id from chosen
				        union select article_id, similar_id from article_similar) c
				  join article x on x.id = c.article_id join article y on y.id = c.related_id
				  left join tag_score t on t.article_id = c.article_id and t.related_id = c.related_id
				  left join article_similar s on s.article_id = c.article_id and s.similar_id = c.related_id
				), ranked as (
				  select article_id, related_id, score,
				    row_number() over (partition by article_id order by score desc, published desc, slug) as rank
				  from scored
				)
				select article_id, related_id, score, rank from ranked where rank <= ?""", RELATED_WINDOW,
				RELATED_WINDOW, RELATED_KEPT);
	}

	private static PreparedStatement statement(Connection con, String sql, Object... values) throws SQLException {
		PreparedStatement ps = con.prepareStatement(sql);
		bind(ps, values);
		return ps;
	}

	private static void bind(PreparedStatement ps, Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			if (value == null) {
				ps.setNull(i + 1, Types.NULL);
			}
			else {
				ps.setObject(i + 1, value);
			}
		}
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
