package org.myositisguide.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Public (published and not scheduled for later) articles of the index.
 */
public interface ArticleRepository extends Repository<Article, Long> {

	String PUBLIC = "a.status = 'published' and a.published <= :today";

	/** Any article of the index, public or not (editors' previews). */
	Optional<Article> findBySlug(String slug);

	@Query("select a from Article a where a.slug = :slug and " + PUBLIC)
	Optional<Article> findPublic(@Param("slug") String slug, @Param("today") LocalDate today);

	@Query(value = "select a.slug from article_alias al join article a on a.id = al.article_id "
			+ "where al.alias = :alias and a.status = 'published' and a.published <= :today", nativeQuery = true)
	Optional<String> findPublicSlugByAlias(@Param("alias") String alias, @Param("today") LocalDate today);

	@Query("select a from Article a where " + PUBLIC + " order by a.published desc, a.slug")
	List<Article> findNewest(@Param("today") LocalDate today, Limit limit);

	@Query("select a from Article a where a.slug in :slugs and " + PUBLIC)
	List<Article> findPublicBySlugs(@Param("slugs") Collection<String> slugs, @Param("today") LocalDate today);

	@Query(value = "select a from Article a join a.tags t where t.slug = :tag and " + PUBLIC
			+ " order by a.published desc, a.slug",
			countQuery = "select count(a) from Article a join a.tags t where t.slug = :tag and " + PUBLIC)
	Page<Article> findPublicByTag(@Param("tag") String tag, @Param("today") LocalDate today, Pageable pageable);

	@Query("select r.related from RelatedArticle r where r.article.id = :id and r.related.status = 'published' "
			+ "and r.related.published <= :today order by r.rank")
	List<Article> findRelated(@Param("id") Long id, @Param("today") LocalDate today, Limit limit);

	@Query("select t.slug as slug, count(a) as articles from Article a join a.tags t where " + PUBLIC
			+ " group by t.slug")
	List<TagCount> countPublicByTag(@Param("today") LocalDate today);

	@Query(value = "select * from article a where :region = any (a.affects) and a.status = 'published' "
			+ "and a.published <= :today order by a.published desc, a.slug", nativeQuery = true)
	List<Article> findPublicByRegion(@Param("region") String region, @Param("today") LocalDate today);

	@Query(value = "select r as region, count(*) as articles from article a, unnest(a.affects) r "
			+ "where a.status = 'published' and a.published <= :today group by r", nativeQuery = true)
	List<RegionCount> countPublicByRegion(@Param("today") LocalDate today);

	/** How many public articles name a body region. */
	interface RegionCount {

		String getRegion();

		long getArticles();

	}

	/** How many public articles carry a tag. */
	interface TagCount {

		String getSlug();

		long getArticles();

	}

}
