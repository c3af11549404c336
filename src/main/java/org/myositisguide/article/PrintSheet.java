package org.myositisguide.article;

import org.myositisguide.content.SiteUrls;
import java.time.LocalDate;
import java.util.List;

/**
 * A sheet to take to an appointment: for one or more articles, their key points and care
 * cards ({@code careCards}: the article's own sanitized card markup), the glossary terms
 * they use with plain definitions, and their questions for the care team (each question
 * once), with the address and review dates of each article.
 *
 * @param leftOut public articles asked for beyond {@link #MAX_ARTICLES}, in the order
 * asked, for the sheet to name
 */
public record PrintSheet(List<Item> articles, List<Term> terms, List<String> questions, List<ArticleCard> leftOut) {

	/** Most articles a combined sheet takes. */
	public static final int MAX_ARTICLES = 6;

	/** Most articles a request may name; more are not looked at. */
	static final int MAX_ASKED = 60;

	/** The address of a sheet for the articles left out of this one. */
	public String leftOutUrl() {
		return "/print?articles="
				+ String.join(",", this.leftOut.stream().limit(MAX_ARTICLES).map(ArticleCard::slug).toList());
	}

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
