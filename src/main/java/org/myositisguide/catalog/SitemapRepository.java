package org.myositisguide.catalog;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * What the sitemap and feed list: public articles and topics with their last change.
 */
public interface SitemapRepository extends Repository<Article, Long> {

	@Query("select new org.myositisguide.catalog.SitemapRepository$Entry(a.slug, a.title, a.summary, a.published, "
			+ "coalesce(a.updated, a.published)) from Article a where a.status = 'published' and a.published <= :today "
			+ "order by a.published desc, a.slug")
	List<Entry> findPublicArticles(@Param("today") LocalDate today);

	/** One public article. */
	record Entry(String slug, String title, String summary, LocalDate published, LocalDate modified) {
	}

}
