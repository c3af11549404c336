package org.myositisguide.content;

import java.util.List;
import java.util.Set;

/**
 * Everything read from the content folder in one pass: the valid documents, and every
 * problem found.
 *
 * @param articles the articles without errors (their rendered field is null when the
 * indexed copy with the same hash is current)
 * @param articleSlugsOnDisk every article file's slug, valid or not, so that an index
 * keeps the last good version of a broken file and drops only deleted ones
 */
public record ContentSnapshot(SiteInfo site, List<ArticleSource> articles, Set<String> articleSlugsOnDisk,
		List<TagSource> tags, List<GlossarySource> glossary, List<PageSource> pages, List<UrgentSign> urgentSigns,
		List<SynonymGroup> synonyms, List<Problem> problems) {

	public long errorCount() {
		return this.problems.stream().filter(Problem::isError).count();
	}

	public long warningCount() {
		return this.problems.size() - errorCount();
	}

}
