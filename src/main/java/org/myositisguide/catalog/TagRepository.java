package org.myositisguide.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * Topic pages of the index.
 */
public interface TagRepository extends Repository<Tag, Long> {

	Optional<Tag> findBySlug(String slug);

	List<Tag> findAllByOrderByNameAsc();

	List<Tag> findBySlugInOrderByNameAsc(Collection<String> slugs);

}
