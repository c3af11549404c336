package org.myositisguide.content;

import java.util.List;

/**
 * Site-wide text from {@code content/site.yml}.
 *
 * @param featured slugs of the articles shown as "most useful" on the home page
 * @param startHere reading paths on the home page for readers in different situations
 */
public record SiteInfo(String name, String tagline, String baseUrl, String disclaimer, List<FooterLink> footerLinks,
		List<String> featured, List<StartPath> startHere) {

	public static final SiteInfo DEFAULT = new SiteInfo("Myositis Guide",
			"Clear, calm information about myositis for patients and the people who care for them",
			"http://localhost:8080",
			"This site gives general information, not medical advice. Always talk to your own doctor or care team "
					+ "about your health. In an emergency call 999 (UK) or 911 (US).",
			List.of(), List.of(), List.of());

	/**
	 * A reading path on the home page ("Newly diagnosed"): a title, one plain sentence,
	 * and the articles to read in order (slugs).
	 */
	public record StartPath(String title, String intro, List<String> articles) {
	}

	/** A link in the page footer. */
	public record FooterLink(String title, String url) {
	}

}
