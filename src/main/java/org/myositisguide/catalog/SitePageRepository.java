package org.myositisguide.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * The pages about the site of the index.
 */
public interface SitePageRepository extends Repository<SitePage, String> {

	Optional<SitePage> findBySlug(String slug);

	List<SitePage> findAllByOrderByTitleAsc();

}
