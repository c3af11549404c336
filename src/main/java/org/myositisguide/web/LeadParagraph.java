package org.myositisguide.web;

/**
 * Stored HTML cut after its opening paragraph, so that a page can show that paragraph
 * first (an article's text on a phone's first screen, a topic's intro before its list)
 * and the rest later.
 *
 * @param lead the opening paragraph, or empty when the HTML does not open with one
 * @param rest everything after it
 */
public record LeadParagraph(String lead, String rest) {

	public static LeadParagraph of(String html) {
		if (html == null) {
			return new LeadParagraph("", "");
		}
		String start = html.stripLeading();
		int close = html.indexOf("</p>");
		if ((!start.startsWith("<p>") && !start.startsWith("<p ")) || close < 0) {
			return new LeadParagraph("", html);
		}
		int end = close + "</p>".length();
		return new LeadParagraph(html.substring(0, end), html.substring(end));
	}

}
