package org.myositisguide.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.myositisguide.content.Reference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The articles of the index, as pages read them. Public means {@link Visibility#PUBLIC}.
 */
@Repository
public class Articles {

	private static final String SUMMARY = "select a.slug, a.title, a.summary, a.published, a.reading_minutes from article a ";

	private static final String DETAIL = """
			select a.id, a.slug, a.title, coalesce(a.heading, a.title) as heading, a.summary, a.visible_from, a.published, a.updated, a.checked, a.review_due,
			       a.reading_minutes, a.key_points, a.questions, a.changes, a.body_html, a.toc, a.care_cards, a.care_signs,
			       a.glossary_slugs,
			       array(select t.slug from article_tag at join tag t on t.id = at.tag_id
			             where at.article_id = a.id order by at.position) as topic_slugs,
			       array(select t.name from article_tag at join tag t on t.id = at.tag_id
			             where at.article_id = a.id order by at.position) as topic_names,
			       array(select t.definition from article_tag at join tag t on t.id = at.tag_id
			             where at.article_id = a.id order by at.position) as topic_definitions,
			       array(select r.title from article_reference r where r.article_id = a.id
			             order by r.position) as reference_titles,
			       array(select r.publisher from article_reference r where r.article_id = a.id
			             order by r.position) as reference_publishers,
			       array(select r.year from article_reference r where r.article_id = a.id
			             order by r.position) as reference_years,
			       array(select r.url from article_reference r where r.article_id = a.id
			             order by r.position) as reference_urls
			from article a
			""";

	private final JdbcClient jdbc;

	Articles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Any article of the index, public or not (editors' previews). */
	public Optional<ArticleDetail> findAny(String slug) {
		return this.jdbc.sql(DETAIL + "where a.slug = :slug").param("slug", slug).query(Articles::detail).optional();
	}

	public Optional<ArticleDetail> findPublic(String slug, LocalDate today) {
		return this.jdbc.sql(DETAIL + "where a.slug = :slug and " + Visibility.PUBLIC)
			.param("slug", slug)
			.param("today", today)
			.query(Articles::detail)
			.optional();
	}

	/** The public ones among the given articles, in no particular order. */
	public List<ArticleDetail> findPublic(Collection<String> slugs, LocalDate today) {
		return this.jdbc.sql(DETAIL + "where a.slug = any (:slugs) and " + Visibility.PUBLIC)
			.param("slugs", slugs.toArray(String[]::new))
			.param("today", today)
			.query(Articles::detail)
			.list();
	}

	/** The current slug of a public article for one of its old slugs. */
	public Optional<String> findPublicSlugByAlias(String alias, LocalDate today) {
		return this.jdbc.sql("""
				select a.slug from article_alias al join article a on a.id = al.article_id
				where al.alias = :alias and """ + " " + Visibility.PUBLIC)
			.param("alias", alias)
			.param("today", today)
			.query(String.class)
			.optional();
	}

	public List<ArticleSummary> newest(LocalDate today, int limit) {
		return this.jdbc.sql(SUMMARY + "where " + Visibility.PUBLIC + " order by a.published desc, a.slug limit :limit")
			.param("today", today)
			.param("limit", limit)
			.query(Articles::summary)
			.list();
	}

	/** The public ones among the given articles, in no particular order. */
	public List<ArticleSummary> summaries(Collection<String> slugs, LocalDate today) {
		return this.jdbc.sql(SUMMARY + "where a.slug = any (:slugs) and " + Visibility.PUBLIC)
			.param("slugs", slugs.toArray(String[]::new))
			.param("today", today)
			.query(Articles::summary)
			.list();
	}

	/** One page (1-based) of a topic's public articles, newest first. */
	public Listing<ArticleSummary> byTopic(String topic, LocalDate today, int page, int size) {
		String from = """
				from article a join article_tag at on at.article_id = a.id join tag t on t.id = at.tag_id
				where t.slug = :topic and """ + " " + Visibility.PUBLIC;
		long total = this.jdbc.sql("select count(*) " + from)
			.param("topic", topic)
			.param("today", today)
			.query(Long.class)
			.single();
		List<ArticleSummary> items = this.jdbc
			.sql("select a.slug, a.title, a.summary, a.published, a.reading_minutes " + from
					+ " order by a.published desc, a.slug limit :size offset :offset")
			.param("topic", topic)
			.param("today", today)
			.param("size", size)
			.param("offset", (long) (page - 1) * size)
			.query(Articles::summary)
			.list();
		return new Listing<>(items, total, page, size);
	}

	/** The public articles shown as related to an article, best first. */
	public List<ArticleSummary> related(long id, LocalDate today, int limit) {
		return this.jdbc.sql("""
				select a.slug, a.title, a.summary, a.published, a.reading_minutes
				from related_article r join article a on a.id = r.related_id
				where r.article_id = :id and """ + " " + Visibility.PUBLIC + " order by r.rank limit :limit")
			.param("id", id)
			.param("today", today)
			.param("limit", limit)
			.query(Articles::summary)
			.list();
	}

	/** How many public articles each topic has, by topic slug. */
	public Map<String, Long> countByTopic(LocalDate today) {
		Map<String, Long> counts = new HashMap<>();
		this.jdbc.sql("""
				select f.ancestor, count(distinct a.id) from topic_family f join tag t on t.slug = f.descendant
				join article_tag at on at.tag_id = t.id join article a on a.id = at.article_id
				where """ + " " + Visibility.PUBLIC + " group by f.ancestor").param("today", today).query((rs) -> {
			counts.put(rs.getString(1), rs.getLong(2));
		});
		return counts;
	}

	/**
	 * The public articles of a topic's narrower topics that do not carry the topic
	 * itself, each once: grouped under the first narrower topic (by name) they belong to,
	 * with that topic's main article first, then newest first.
	 */
	public List<NarrowerArticle> narrower(String topic, LocalDate today) {
		return this.jdbc.sql("""
				with kids as (
				  select t.slug, t.name, t.definition, t.main_article,
				    row_number() over (order by t.name, t.slug) as n
				  from tag t where t.broader = :topic and t.slug <> :topic),
				hits as (
				  select distinct on (a.id) a.id, k.slug as kid, k.name as kid_name, k.definition as kid_definition,
				    k.n, a.slug = k.main_article as main, a.slug, a.title, a.summary, a.published, a.reading_minutes
				  from kids k join topic_family f on f.ancestor = k.slug join tag t on t.slug = f.descendant
				  join article_tag at on at.tag_id = t.id join article a on a.id = at.article_id
				  where """ + " " + Visibility.PUBLIC + """
				    and not exists (select 1 from article_tag own join tag ot on ot.id = own.tag_id
				                    where own.article_id = a.id and ot.slug = :topic)
				  order by a.id, k.n)
				select * from hits order by n, main desc, published desc, slug""")
			.param("topic", topic)
			.param("today", today)
			.query((rs,
					row) -> new NarrowerArticle(new TopicSummary(rs.getString("kid"), rs.getString("kid_name"),
							rs.getString("kid_definition")), summary(rs, row)))
			.list();
	}

	/** An article listed on a broader topic's page, under one of its narrower topics. */
	public record NarrowerArticle(TopicSummary topic, ArticleSummary article) {
	}

	/** Public articles that name a body region in {@code affects}, newest first. */
	public List<ArticleSummary> byRegion(String region, LocalDate today) {
		return this.jdbc
			.sql(SUMMARY + "where :region = any (a.affects) and " + Visibility.PUBLIC
					+ " order by a.published desc, a.slug")
			.param("region", region)
			.param("today", today)
			.query(Articles::summary)
			.list();
	}

	/** How many public articles name each body region. */
	public Map<String, Long> countByRegion(LocalDate today) {
		Map<String, Long> counts = new HashMap<>();
		this.jdbc
			.sql("select r, count(*) from article a, unnest(a.affects) r where " + Visibility.PUBLIC + " group by r")
			.param("today", today)
			.query((rs) -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	/**
	 * Every public article, newest first, with the day it last changed (sitemap, feed).
	 */
	public List<Listed> listing(LocalDate today) {
		return this.jdbc.sql("""
				select a.slug, a.title, a.summary, a.published, coalesce(a.updated, a.published) as modified
				from article a where """ + " " + Visibility.PUBLIC + " order by a.published desc, a.slug")
			.param("today", today)
			.query((rs, row) -> new Listed(rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
					Rows.date(rs, "published"), Rows.date(rs, "modified")))
			.list();
	}

	/** A public article in the sitemap and feed. */
	public record Listed(String slug, String title, String summary, LocalDate published, LocalDate modified) {
	}

	private static ArticleSummary summary(ResultSet rs, int row) throws SQLException {
		return new ArticleSummary(rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
				Rows.date(rs, "published"), rs.getInt("reading_minutes"));
	}

	private static ArticleDetail detail(ResultSet rs, int row) throws SQLException {
		List<String> topicSlugs = Rows.strings(rs, "topic_slugs");
		List<String> topicNames = Rows.strings(rs, "topic_names");
		List<String> topicDefinitions = Rows.strings(rs, "topic_definitions");
		List<String> titles = Rows.strings(rs, "reference_titles");
		List<String> publishers = Rows.strings(rs, "reference_publishers");
		List<Integer> years = Rows.integers(rs, "reference_years");
		List<String> cards = Rows.strings(rs, "care_cards");
		List<String> signs = Rows.strings(rs, "care_signs");
		List<String> urls = Rows.strings(rs, "reference_urls");
		return new ArticleDetail(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("heading"),
				rs.getString("summary"), Rows.date(rs, "visible_from"), Rows.date(rs, "published"),
				Rows.date(rs, "updated"), Rows.date(rs, "checked"), Rows.date(rs, "review_due"),
				rs.getInt("reading_minutes"), Rows.strings(rs, "key_points"), Rows.strings(rs, "questions"),
				Rows.strings(rs, "changes"), rs.getString("body_html"), Rows.strings(rs, "toc"),
				Rows.zip(cards.size(), (i) -> new CareCard(signs.get(i).isEmpty() ? null : signs.get(i), cards.get(i))),
				Rows.strings(rs, "glossary_slugs"),
				Rows.zip(topicSlugs.size(),
						(i) -> new TopicSummary(topicSlugs.get(i), topicNames.get(i), topicDefinitions.get(i))),
				Rows.zip(titles.size(),
						(i) -> new Reference(titles.get(i), publishers.get(i), years.get(i), urls.get(i))));
	}

}
