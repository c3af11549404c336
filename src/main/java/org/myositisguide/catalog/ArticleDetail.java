package org.myositisguide.catalog;

import java.time.LocalDate;
import java.util.List;

import org.myositisguide.content.Reference;

/**
 * An article of the index with everything its pages show, all derived when it was
 * indexed.
 *
 * @param visibleFrom the day it becomes public, null for a draft (see {@link Visibility})
 * @param toc the contents list, each entry {@code level|id|text}
 * @param careCards its care cards, for printed sheets
 * @param glossarySlugs the glossary terms its text uses
 * @param topics its topics, in the order the file lists them
 */
public record ArticleDetail(long id, String slug, String title, String heading, String summary, LocalDate visibleFrom,
		LocalDate published, LocalDate updated, LocalDate checked, LocalDate reviewDue, int minutes,
		List<String> keyPoints, List<String> questions, List<String> changes, String bodyHtml, List<String> toc,
		List<CareCard> careCards, List<String> glossarySlugs, List<TopicSummary> topics, List<Reference> references) {

	public ArticleSummary summaryView() {
		return new ArticleSummary(this.slug, this.title, this.summary, this.published, this.minutes);
	}

}
