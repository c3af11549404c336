package org.myositisguide.content;

/**
 * The one place that builds the site's addresses (paths) of content: the same paths that
 * Markdown links use and the link checker checks.
 */
public final class SiteUrls {

	/** The urgent-help guide's slug: the article that lists every urgent sign's card. */
	public static final String URGENT_HELP_SLUG = "when-to-get-urgent-help";

	/** The urgent-help guide. */
	public static final String URGENT_HELP = article(URGENT_HELP_SLUG);

	private SiteUrls() {
	}

	public static String article(String slug) {
		return "/articles/" + slug;
	}

	/** An article's appointment sheet. */
	public static String articlePrint(String slug) {
		return article(slug) + "/print";
	}

	public static String topic(String slug) {
		return "/tags/" + slug;
	}

	public static String glossary(String slug) {
		return "/glossary/" + slug;
	}

	/** A page about the site: {@code about} is at {@code /about}. */
	public static String page(String slug) {
		return "about".equals(slug) ? "/about" : "/about/" + slug;
	}

	public static String bodyRegion(String slug) {
		return "/body/" + slug;
	}

}
