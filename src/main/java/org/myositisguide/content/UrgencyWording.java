package org.myositisguide.content;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Urgency is written once: how fast to act on a sign belongs in the shared urgent-sign
 * entries, not in the prose of articles, topics or glossary terms. Warns about wording
 * that sets a level ("call 999", "the same day", "go to A&E") outside a care card, so
 * that two pages can never give one sign two levels. The urgent-help guide, which
 * explains the levels, is exempt.
 */
final class UrgencyWording {

	private static final Pattern LEVEL_WORDS = Pattern.compile("\\b(?:(?:call|ring|dial|phone)\\s+(?:999|911|111|"
			+ "nhs 111|an ambulance)|same-day|(?:check|checked|seen|help|advice|appointment|test|(?:contact|call|ring|phone|see)"
			+ "(?: [\\w']+){0,4}) the same day|go (?:straight )?to (?:a&e|a & e|the er|the emergency)"
			+ "|(?:get|seek) (?:medical )?help (?:today|now|straight away|urgently|at once|immediately))\\b");

	private static final Pattern MARKUP = Pattern.compile("[*_`]");

	/** A first look: a paragraph with none of these sets no level (most have none). */
	private static final Pattern CUES = Pattern.compile("999|911|111|ambulance|same|a\\s*&\\s*e|the er|emergency|help");

	private UrgencyWording() {
	}

	/**
	 * Checks the paragraphs of a parsed body that are not in a care card; the problem
	 * names the paragraph's line.
	 * @param bodyLine the 1-based line on which the body starts in its file
	 */
	static void check(String path, int bodyLine, Document body, List<Problem> problems) {
		String source = body.getChars().toString();
		for (Node node : body.getDescendants()) {
			if (!(node instanceof Paragraph paragraph)) {
				continue;
			}
			String raw = source.substring(paragraph.getStartOffset(), paragraph.getEndOffset())
				.toLowerCase(Locale.ROOT);
			if (!CUES.matcher(raw).find() || CareCards.levelAround(paragraph) != null) {
				continue;
			}
			String text = MARKUP.matcher(raw).replaceAll("").replaceAll("\\s+", " ");
			Matcher matcher = LEVEL_WORDS.matcher(text);
			if (matcher.find()) {
				problems.add(Problem.warning(path, bodyLine + paragraph.getStartLineNumber(), "urgency wording "
						+ "outside a care card ('" + matcher.group() + "'): say how fast to act only in a shared "
						+ "urgent sign (include it with {% urgent <sign> %}) or link to " + CareCards.URGENT_HELP));
			}
		}
	}

}
