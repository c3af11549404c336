package org.myositisguide.content;

import java.time.LocalDate;

/**
 * A page about the site itself ({@code content/pages/<slug>.md}): who runs it, how its
 * information is written and checked, privacy, accessibility. Shown at
 * {@code /about/<slug>} (the page named {@code about} at {@code /about}).
 *
 * @param updated when its text last changed meaningfully
 */
public record PageSource(String slug, String path, String hash, String title, String summary, LocalDate updated,
		String bodyHtml) {

	/** The address of a page. */
	public static String url(String slug) {
		return SiteUrls.page(slug);
	}

}
