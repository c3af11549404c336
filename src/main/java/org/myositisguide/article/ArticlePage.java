package org.myositisguide.article;

import java.time.LocalDate;
import java.util.List;

import org.myositisguide.content.SiteUrls;
import org.myositisguide.web.LeadParagraph;

/**
 * Everything the article page shows.
 *
 * @param heading the page's heading (a short form of the title where the article gives
 * one)
 * @param body the body's opening paragraph, shown straight after the summary so that the
 * text starts on a phone's first screen, and the rest
 */
public record ArticlePage(String slug, String title, String heading, String summary, LocalDate published,
		LocalDate updated, LocalDate checked, LocalDate reviewDue, int minutes, List<TagLink> tags, List<TocEntry> toc,
		LeadParagraph body, List<ReferenceView> references, List<ArticleCard> related, List<String> keyPoints,
		List<String> questions, List<String> changes, ClinicalReviewView clinicalReview) {

	/** The whole body. */
	public String bodyHtml() {
		return this.body.lead() + this.body.rest();
	}

	/** Whether this is the urgent-help guide, which opens with the emergency signs. */
	public boolean urgentGuide() {
		return SiteUrls.URGENT_HELP.equals(SiteUrls.article(this.slug));
	}

	/** Long articles get a table of contents. */
	public boolean showToc() {
		return this.toc.size() >= 3;
	}

	/** One entry of the table of contents. */
	public record TocEntry(int level, String id, String text) {

		static TocEntry parse(String stored) {
			String[] parts = stored.split("\\|", 3);
			return new TocEntry(Integer.parseInt(parts[0]), parts[1], parts[2]);
		}

	}

	/**
	 * The latest clinical review of the article, recorded by editors (null when it has
	 * had none).
	 *
	 * @param changedSince whether the article was updated after that review
	 */
	public record ClinicalReviewView(String reviewer, String role, LocalDate reviewedOn, boolean changedSince) {
	}

	/** A reference as listed under the article. */
	public record ReferenceView(String title, String publisher, Integer year, String url) {
	}

}
