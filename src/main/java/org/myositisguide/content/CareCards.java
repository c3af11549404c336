package org.myositisguide.content;

import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.util.ast.Node;
import org.jsoup.nodes.Element;

/**
 * Care cards: NHS-style boxes that say how soon to act, written in Markdown with the
 * Flexmark admonition syntax ({@code !!! emergency "Call 999 or 911 now"} followed by
 * indented text). Three levels: {@code emergency}, {@code urgent} (get help today) and
 * {@code routine} (speak to your care team); an unknown level is shown as routine. After
 * sanitizing, each card becomes an {@code <aside>} labelled by its title, with the level
 * in words before the title (the icon is decoration).
 */
final class CareCards {

	static final String EMERGENCY = "emergency";

	static final String URGENT = "urgent";

	static final String ROUTINE = "routine";

	/**
	 * The class of a card included from a shared urgent sign: its text is the entry's, so
	 * it is read by readers but not counted as the article's own (search, reading grade).
	 */
	static final String SHARED = "care-shared";

	/**
	 * The class of a shared card shown among all the others (in the urgent-help guide),
	 * where the cards are the page's own text.
	 */
	static final String LISTED = "care-listed";

	/** The class that names the shared sign of a card: {@code sign-<slug>}. */
	static final String SIGN_PREFIX = "sign-";

	static final Map<String, String> TYPES = Map.of(EMERGENCY, EMERGENCY, URGENT, URGENT, ROUTINE, ROUTINE);

	static final Map<String, String> TITLES = Map.of(EMERGENCY, "Call 999 (UK) or 911 (US) now", URGENT,
			"Get help today", ROUTINE, "Speak to your care team");

	private static final Map<String, String> LEVELS = Map.of(EMERGENCY, "Emergency", URGENT, "Urgent", ROUTINE,
			"Non-urgent");

	private CareCards() {
	}

	/** The level of the care card a Markdown node is in, or null. */
	static String levelAround(Node node) {
		for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof AdmonitionBlock block) {
				String qualifier = block.getInfo().toString();
				return TYPES.getOrDefault(qualifier, ROUTINE);
			}
		}
		return null;
	}

	/** Topics whose articles must say, in a card, when to get help urgently. */
	static final java.util.Set<String> NEEDS_URGENT_CARD = java.util.Set.of("complications", "lungs", "heart",
			"swallowing");

	static final String URGENT_HELP = SiteUrls.URGENT_HELP;

	/**
	 * An article about complications, the lungs, the heart or swallowing needs an urgent
	 * or emergency card that links to the urgent-help guide, of its own or included from
	 * the shared urgent signs (whose cards always link to it).
	 */
	static void check(ArticleSource article, MarkdownRenderer.Outline outline, UrgentSigns urgent,
			List<Problem> problems) {
		if (URGENT_HELP.equals(SiteUrls.article(article.slug()))
				|| article.tags().stream().noneMatch(NEEDS_URGENT_CARD::contains)) {
			return;
		}
		boolean found = outline.links()
			.stream()
			.anyMatch((link) -> (URGENT.equals(link.card()) || EMERGENCY.equals(link.card()))
					&& link.url().replaceAll("[?#].*$", "").equals(URGENT_HELP))
				|| urgent.includesLevel(outline, java.util.Set.of(URGENT, EMERGENCY));
		if (!found) {
			problems.add(Problem.error(article.path(), 0,
					"an article about complications, the lungs, the heart or swallowing needs an urgent or "
							+ "emergency care card: include a shared urgent sign ({% urgent <sign> %}), or write "
							+ "a card ('!!! urgent' or '!!! emergency') that links to " + URGENT_HELP));
		}
	}

	/** Turns the sanitized admonition markup into accessible care cards. */
	static void dress(Element body) {
		int count = 0;
		for (Element block : body.select("div.adm-block")) {
			String level = ROUTINE;
			for (String type : TYPES.keySet()) {
				if (block.hasClass("adm-" + type)) {
					level = type;
				}
			}
			Element heading = block.selectFirst("div.adm-heading");
			String title = (heading != null) ? heading.text().strip() : "";
			if (title.isEmpty()) {
				title = TITLES.get(level);
			}
			String id = "care-" + (++count);
			Element card = new Element("aside").addClass("care").addClass("care-" + level).attr("aria-labelledby", id);
			if (block.hasClass(SHARED)) {
				card.addClass(SHARED);
				block.classNames().stream().filter((c) -> c.startsWith(SIGN_PREFIX)).forEach(card::addClass);
				if (block.hasClass(LISTED)) {
					// In the guide each sign is listed once: its card is the target of
					// links
					// to that sign (SiteInfo.SignLink).
					card.addClass(LISTED);
					block.classNames()
						.stream()
						.filter((c) -> c.startsWith(SIGN_PREFIX))
						.findFirst()
						.ifPresent((c) -> card.attr("id", c));
				}
			}
			Element titleLine = card.appendElement("p").addClass("care-title").attr("id", id);
			titleLine.appendElement("span").addClass("care-level").text(LEVELS.get(level) + ":");
			titleLine.appendText(" " + title);
			Element content = card.appendElement("div").addClass("care-body");
			Element original = block.selectFirst("div.adm-body");
			if (original != null) {
				content.appendChildren(original.childNodesCopy());
			}
			block.replaceWith(card);
		}
	}

}
