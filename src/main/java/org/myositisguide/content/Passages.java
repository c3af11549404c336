package org.myositisguide.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Splits a rendered body into passages: one per section ({@code h2}, and {@code h3}
 * within it), long sections cut between blocks into parts of about a hundred words, each
 * with its heading path. A shared urgent card counts, as in the lexical index, by its
 * sign's title and phrases; on the page that lists every sign (the urgent-help guide)
 * each card is a passage of its own, with its whole text.
 */
final class Passages {

	/** Passages grow to about this many words, cut between blocks. */
	static final int TARGET_WORDS = 110;

	/** A part shorter than this joins the part before it instead of standing alone. */
	private static final int MIN_WORDS = 30;

	private final List<Passage> passages = new ArrayList<>();

	private final UrgentSigns urgent;

	private String h2;

	private String anchor;

	private String heading;

	private final StringBuilder text = new StringBuilder();

	private final StringBuilder own = new StringBuilder();

	private int words;

	private final Set<String> signs = new LinkedHashSet<>();

	private Passages(UrgentSigns urgent) {
		this.urgent = urgent;
	}

	/**
	 * The passages of a rendered body (citations and card sources already removed).
	 * @param urgent the shared signs, or null
	 */
	static List<Passage> of(Element body, UrgentSigns urgent) {
		Passages passages = new Passages(urgent);
		for (Element child : body.children()) {
			passages.add(child);
		}
		passages.flush(true);
		return List.copyOf(passages.passages);
	}

	private void add(Element element) {
		switch (element.tagName()) {
			case "h2" -> {
				flush(true);
				this.h2 = element.text();
				this.heading = this.h2;
				this.anchor = element.id().isEmpty() ? null : element.id();
			}
			case "h3" -> {
				flush(true);
				this.heading = (this.h2 != null) ? this.h2 + " › " + element.text() : element.text();
				this.anchor = element.id().isEmpty() ? this.anchor : element.id();
			}
			case "aside" -> card(element);
			default -> {
				if (element.hasClass("footnotes")) {
					return;
				}
				List<String> blocks = MarkdownRenderer.blocks(element);
				List<String> own = MarkdownRenderer.ownBlocks(element);
				for (int i = 0; i < blocks.size(); i++) {
					append(blocks.get(i), own.get(i));
				}
			}
		}
	}

	private void card(Element card) {
		String sign = card.classNames()
			.stream()
			.filter((c) -> c.startsWith(CareCards.SIGN_PREFIX))
			.map((c) -> c.substring(CareCards.SIGN_PREFIX.length()))
			.findFirst()
			.orElse(null);
		if (sign == null) {
			append(card.text(), card.text());
			return;
		}
		String title = card.select(".care-title").text().replaceFirst("^[^:]*:\\s*", "");
		if (card.hasClass(CareCards.LISTED)) {
			flush(true);
			String cardText = cardText(card);
			this.passages.add(new Passage(card.attr("aria-labelledby"),
					(this.heading != null) ? this.heading + " › " + title : title, cardText, cardText, List.of(sign)));
			return;
		}
		this.signs.add(sign);
		// Shown as the reader sees the card, but none of its words are this article's
		// own: the sign is found where the guide lists it, and the same card in thirty
		// articles would otherwise bring all thirty to any question about the sign.
		String words = (this.urgent != null) ? this.urgent.searchText(sign) : "";
		append(sentence(title) + " " + cardText(card), "", words);
	}

	/**
	 * A care card's text without its first paragraph, its level's action line (the same
	 * on every card).
	 */
	private static String cardText(Element card) {
		Element body = card.selectFirst(".care-body");
		List<String> blocks = (body != null) ? MarkdownRenderer.blocks(body) : List.of(card.text());
		return String.join(" ",
				blocks.subList(Math.min(1, blocks.size() - 1), blocks.size())
					.stream()
					.map(Passages::sentence)
					.toList());
	}

	private void append(String block, String ownBlock) {
		append(block, ownBlock, block);
	}

	/**
	 * @param block what readers see
	 * @param ownBlock its own words (without the words of links to other articles)
	 * @param counted the text whose words count towards a passage's length
	 */
	private void append(String block, String ownBlock, String counted) {
		String strip = block.strip();
		if (strip.isEmpty() || counted.isBlank()) {
			return;
		}
		int count = counted.strip().split("\\s+").length;
		if (this.words >= MIN_WORDS && this.words + count > TARGET_WORDS) {
			flush(false);
		}
		if (this.text.length() > 0) {
			this.text.append(' ');
		}
		this.text.append(sentence(strip));
		String ownStrip = ownBlock.strip();
		if (!ownStrip.isEmpty()) {
			if (this.own.length() > 0) {
				this.own.append(' ');
			}
			this.own.append(sentence(ownStrip));
		}
		this.words += count;
	}

	/**
	 * A block as a sentence: list items and table cells often have no full stop, and
	 * without one they would run into the next block.
	 */
	private static String sentence(String block) {
		String strip = block.strip();
		return (strip.isEmpty() || ".!?:;".indexOf(strip.charAt(strip.length() - 1)) >= 0) ? strip : strip + ".";
	}

	/**
	 * Ends the passage being built. At a section's end a short last part joins the part
	 * before it.
	 */
	private void flush(boolean sectionEnd) {
		if (this.text.length() > 0) {
			Passage last = this.passages.isEmpty() ? null : this.passages.get(this.passages.size() - 1);
			boolean sameSection = last != null && java.util.Objects.equals(last.anchor(), this.anchor)
					&& java.util.Objects.equals(last.heading(), this.heading);
			if (sectionEnd && this.words < MIN_WORDS && sameSection) {
				Set<String> joined = new LinkedHashSet<>(last.signs());
				joined.addAll(this.signs);
				this.passages.set(this.passages.size() - 1, new Passage(last.anchor(), last.heading(),
						last.text() + " " + this.text, (last.own() + " " + this.own).strip(), List.copyOf(joined)));
			}
			else {
				this.passages.add(new Passage(this.anchor, this.heading, this.text.toString(), this.own.toString(),
						List.copyOf(this.signs)));
			}
		}
		this.text.setLength(0);
		this.own.setLength(0);
		this.words = 0;
		this.signs.clear();
	}

}
