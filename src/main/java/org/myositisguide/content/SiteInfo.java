package org.myositisguide.content;

import java.util.List;

/**
 * Site-wide text from {@code content/site.yml}.
 *
 * @param featured slugs of the articles shown as "most useful" on the home page
 * @param startHere reading paths on the home page for readers in different situations
 * @param emergencySigns the shared urgent signs of the emergency level
 * ({@code content/urgent}), in the guide's order: every page's urgent-help block lists
 * these, so no template writes its own list of signs or levels
 * @param subjectTopics slugs of the topics the whole guide is about (with their narrower
 * topics): in a question that also asks about something else, their names are context
 * ("dry cough, and I have polymyositis" asks about the cough)
 */
public record SiteInfo(String name, String tagline, String baseUrl, String disclaimer, List<FooterLink> footerLinks,
		List<String> featured, List<StartPath> startHere, List<SignLink> emergencySigns, List<String> subjectTopics) {

	public SiteInfo {
		emergencySigns = (emergencySigns != null) ? List.copyOf(emergencySigns) : List.of();
		subjectTopics = (subjectTopics != null) ? List.copyOf(subjectTopics) : List.of();
	}

	/** The same text read at another address (no trailing slash). */
	public SiteInfo withBaseUrl(String url) {
		return new SiteInfo(this.name, this.tagline, url.replaceAll("/+$", ""), this.disclaimer, this.footerLinks,
				this.featured, this.startHere, this.emergencySigns, this.subjectTopics);
	}

	/** The same text with the given emergency signs. */
	public SiteInfo withEmergencySigns(List<SignLink> signs) {
		return new SiteInfo(this.name, this.tagline, this.baseUrl, this.disclaimer, this.footerLinks, this.featured,
				this.startHere, signs, this.subjectTopics);
	}

	public static final SiteInfo DEFAULT = new SiteInfo("Myositis Guide",
			"Clear, calm information about myositis for patients and the people who care for them",
			"http://localhost:8080",
			"This site gives general information, not medical advice. Always talk to your own doctor or care team "
					+ "about your health. In an emergency call 999 (UK) or 911 (US).",
			List.of(), List.of(), List.of(), List.of(), List.of());

	/**
	 * A reading path on the home page ("Newly diagnosed"): a title, one plain sentence,
	 * and the articles to read in order (slugs).
	 */
	public record StartPath(String title, String intro, List<String> articles) {
	}

	/**
	 * An urgent sign as a link to its card in the urgent-help guide.
	 */
	public record SignLink(String slug, String title) {

		/** The sign's card in the guide. */
		public String url() {
			return CareCards.URGENT_HELP + "#" + CareCards.SIGN_PREFIX + this.slug;
		}

		/** The card's id on the guide itself. */
		public String anchor() {
			return "#" + CareCards.SIGN_PREFIX + this.slug;
		}

	}

	/** A link in the page footer. */
	public record FooterLink(String title, String url) {
	}

}
