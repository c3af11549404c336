package org.myositisguide.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.vladsch.flexmark.util.data.DataKey;

/**
 * The shared urgent-sign entries of one load, each turned into its care card once: the
 * level's action line (the one place that says what each level means), the signs, the
 * sources and a link to the urgent-help guide. Articles include a card by name; the guide
 * includes them all, grouped by level. Also checks that no article writes its own card
 * for a sign that has an entry.
 */
public final class UrgentSigns {

	/** Where a document being rendered finds the cards it includes. */
	static final DataKey<UrgentSigns> KEY = new DataKey<>("MG_URGENT_SIGNS",
			new UrgentSigns(List.of(), Map.of(), Map.of()));

	/** The tag that includes one entry: {@code {% urgent <slug> %}}. */
	static final String INCLUDE = "urgent";

	/**
	 * The tag that includes every entry, grouped by level: {@code {% urgent-signs %}}.
	 */
	static final String ALL = "urgent-signs";

	/** The levels, most urgent first. */
	static final List<String> LEVELS = List.of(CareCards.EMERGENCY, CareCards.URGENT, CareCards.ROUTINE);

	/** What to do at each level: written here once, shown on every card of that level. */
	static final Map<String, String> ACTIONS = Map.of(CareCards.EMERGENCY,
			"**Call [999](tel:999) in the UK or [911](tel:911) in the US now**, or go to A&E (UK) or the emergency "
					+ "room (US).",
			CareCards.URGENT,
			"**Get medical help today.** Contact your care team or GP. When they are closed, call "
					+ "[NHS 111](tel:111) in the UK, or your doctor's out-of-hours line in the US.",
			CareCards.ROUTINE,
			"**Contact your care team in the next few days.** If things get worse quickly, " + "get help sooner.");

	/** Headings of the groups in the urgent-help guide, and their ids. */
	static final Map<String, String> GROUP_HEADINGS = Map.of(CareCards.EMERGENCY, "Call 999 (UK) or 911 (US) now",
			CareCards.URGENT, "Get medical help today", CareCards.ROUTINE, "Contact your care team soon");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

	private final Map<String, UrgentSign> signs;

	private final Map<String, String> cards;

	private final Map<String, String> guideCards;

	private UrgentSigns(List<UrgentSign> signs, Map<String, String> cards, Map<String, String> guideCards) {
		Map<String, UrgentSign> bySlug = new LinkedHashMap<>();
		signs.stream().sorted(Comparator.comparing(UrgentSign::slug)).forEach((s) -> bySlug.put(s.slug(), s));
		this.signs = bySlug;
		this.cards = cards;
		this.guideCards = guideCards;
	}

	/**
	 * Renders each entry's card once.
	 * @param renderer renders the card's Markdown to (not yet sanitized) HTML
	 */
	static UrgentSigns of(Collection<UrgentSign> signs, java.util.function.Function<String, String> renderer) {
		Map<String, String> cards = new LinkedHashMap<>();
		Map<String, String> guideCards = new LinkedHashMap<>();
		for (UrgentSign sign : signs) {
			cards.put(sign.slug(), shared(renderer.apply(cardMarkdown(sign, true)), sign.slug()));
			guideCards.put(sign.slug(), shared(renderer.apply(cardMarkdown(sign, false)), sign.slug())
				.replaceFirst("class=\"adm-block ", "class=\"adm-block " + CareCards.LISTED + " "));
		}
		return new UrgentSigns(List.copyOf(signs), cards, guideCards);
	}

	/**
	 * Marks a rendered card as a shared sign's (see {@link CareCards#SHARED}), naming the
	 * sign in a class ({@code sign-<slug>}).
	 */
	private static String shared(String card, String slug) {
		return card.replaceFirst("class=\"adm-block ",
				"class=\"adm-block " + CareCards.SHARED + " " + CareCards.SIGN_PREFIX + slug + " ");
	}

	/**
	 * What a page that shows a sign's card is known by, for search: the sign's title and
	 * the phrases that identify it (not the whole card).
	 */
	String searchText(String slug) {
		UrgentSign sign = this.signs.get(slug);
		return (sign != null) ? sign.title() + ". " + String.join(". ", sign.match()) + "." : "";
	}

	/**
	 * The card of an entry, in the care-card Markdown that articles use.
	 * @param linkToGuide whether it ends with a link to the urgent-help guide (not in the
	 * guide itself)
	 */
	static String cardMarkdown(UrgentSign sign, boolean linkToGuide) {
		StringBuilder card = new StringBuilder();
		card.append("!!! ").append(sign.level()).append(" \"").append(sign.title().replace("\"", "'")).append("\"\n");
		indent(card, ACTIONS.getOrDefault(sign.level(), ACTIONS.get(CareCards.ROUTINE)));
		indent(card, sign.body().strip());
		String sources = sign.references().stream().map(UrgentSigns::source).collect(Collectors.joining("; "));
		indent(card, "<small>Sources: " + sources + ".</small>");
		if (linkToGuide) {
			indent(card, "[See all the signs that need urgent help](" + CareCards.URGENT_HELP + ")");
		}
		return card.toString();
	}

	private static String source(Reference reference) {
		String title = escape(reference.title());
		String text = (reference.url() != null) ? "[" + title + "](" + reference.url() + ")" : title;
		if (reference.publisher() != null) {
			text += ", " + escape(reference.publisher());
		}
		if (reference.year() != null) {
			text += ", " + reference.year();
		}
		return text;
	}

	private static String escape(String text) {
		return text.replace("[", "\\[").replace("]", "\\]").replace("<", "&lt;");
	}

	private static void indent(StringBuilder card, String block) {
		for (String line : block.split("\n", -1)) {
			card.append(line.isBlank() ? "" : "    " + line).append('\n');
		}
		card.append('\n');
	}

	/** Every entry without errors, by slug. */
	List<UrgentSign> all() {
		return List.copyOf(this.signs.values());
	}

	/**
	 * The entries of one level as links to their cards in the guide, in the guide's
	 * order.
	 */
	List<SiteInfo.SignLink> links(String level) {
		return this.signs.values()
			.stream()
			.filter((s) -> s.level().equals(level))
			.map((s) -> new SiteInfo.SignLink(s.slug(), s.title()))
			.toList();
	}

	public boolean contains(String slug) {
		return this.signs.containsKey(slug);
	}

	public String level(String slug) {
		UrgentSign sign = this.signs.get(slug);
		return (sign != null) ? sign.level() : null;
	}

	/** The card of one entry as HTML, or an empty string for an unknown one. */
	String card(String slug) {
		return this.cards.getOrDefault(slug, "");
	}

	/** Every card grouped by level, most urgent first, each group under a heading. */
	String allCards() {
		StringBuilder html = new StringBuilder();
		for (String level : LEVELS) {
			List<UrgentSign> group = this.signs.values().stream().filter((s) -> s.level().equals(level)).toList();
			if (group.isEmpty()) {
				continue;
			}
			html.append("<h2 id=\"")
				.append(level)
				.append("-signs\">")
				.append(GROUP_HEADINGS.get(level))
				.append("</h2>\n");
			group.forEach((sign) -> html.append(this.guideCards.get(sign.slug())));
		}
		return html.toString();
	}

	/**
	 * Changes whenever any card would render differently, for articles' render hashes.
	 */
	String signature() {
		return this.signs.values().stream().map((s) -> s.slug() + "=" + s.hash()).collect(Collectors.joining(","));
	}

	/**
	 * Checks an article's includes and its own cards: an include must name an entry; a
	 * card of the article's own that names an entry's sign is an error (include the entry
	 * instead), and says so when it gives the sign another level.
	 */
	void check(String path, int bodyLine, MarkdownRenderer.Outline outline, List<Problem> problems) {
		for (MarkdownRenderer.Include include : outline.includes()) {
			int line = bodyLine + include.line();
			if (include.tag().equals(INCLUDE)) {
				if (!this.signs.containsKey(include.argument())) {
					problems.add(Problem.error(path, line, "unknown urgent sign '" + include.argument()
							+ "': there is no file urgent/" + include.argument() + ".md"));
				}
			}
			else if (!include.tag().equals(ALL)) {
				problems.add(Problem.error(path, line,
						"unknown tag '{% " + (include.tag() + " " + include.argument()).strip() + " %}': use {% "
								+ INCLUDE + " <sign> %} or {% " + ALL + " %}"));
			}
		}
		for (MarkdownRenderer.Card card : outline.cards()) {
			String text = " " + words(card.text()) + " ";
			for (UrgentSign sign : this.signs.values()) {
				String phrase = sign.match()
					.stream()
					.filter((p) -> !words(p).isEmpty() && text.contains(" " + words(p) + " "))
					.findFirst()
					.orElse(null);
				if (phrase == null) {
					continue;
				}
				String level = CareCards.TYPES.getOrDefault(card.level(), CareCards.ROUTINE);
				String message = "this care card covers '" + sign.title() + "' (it says '" + phrase
						+ "'), which has a shared entry, urgent/" + sign.slug() + ".md";
				if (!level.equals(sign.level())) {
					message += ", and gives it the level '" + level + "' where the entry says '" + sign.level() + "'";
				}
				problems.add(Problem.error(path, bodyLine + card.line(),
						message + ": include it with {% " + INCLUDE + " " + sign.slug() + " %} instead"));
			}
		}
	}

	/** Lower-case words separated by single spaces. */
	private static String words(String text) {
		return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/** Whether the outline includes an entry of one of the given levels. */
	boolean includesLevel(MarkdownRenderer.Outline outline, java.util.Set<String> levels) {
		List<String> found = new ArrayList<>();
		for (MarkdownRenderer.Include include : outline.includes()) {
			if (include.tag().equals(ALL)) {
				found.addAll(this.signs.values().stream().map(UrgentSign::level).toList());
			}
			else if (include.tag().equals(INCLUDE) && this.signs.containsKey(include.argument())) {
				found.add(this.signs.get(include.argument()).level());
			}
		}
		return found.stream().anyMatch(levels::contains);
	}

}
