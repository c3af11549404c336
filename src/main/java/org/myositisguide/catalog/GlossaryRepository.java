package org.myositisguide.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * Glossary terms of the index.
 */
public interface GlossaryRepository extends Repository<GlossaryTerm, Long> {

	Optional<GlossaryTerm> findBySlug(String slug);

	List<GlossaryTerm> findAllByOrderByTermAsc();

	List<GlossaryTerm> findBySlugInOrderByTermAsc(java.util.Collection<String> slugs);

}
