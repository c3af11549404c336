package org.myositisguide.article;

import org.myositisguide.content.SiteUrls;
import java.time.LocalDate;
import java.util.List;

/**
 * A sheet to take to an appointment: for one or more articles, their key points and care
 * cards ({@code careCards}: the article's own sanitized card markup), the glossary terms
 * they use with plain definitions, and their questions for the care team (each question
 * once), with the address and review dates of each article.
 */
public record PrintSheet(List<Item> articles, List<Term> terms, List<String> questions) {

	/** Most articles a combined sheet takes. */
	public static final int MAX_ARTICLES = 6;

	/** One article on the sheet. */
	public record Item(String slug, String title, String summary, LocalDate checked, LocalDate reviewDue,
			List<String> keyPoints, String careCards) {

		public String url() {
			return SiteUrls.article(this.slug);
		}

	}

	/** A glossary term used by the articles. */
	public record Term(String term, String abbreviation, String definition) {
	}

}
