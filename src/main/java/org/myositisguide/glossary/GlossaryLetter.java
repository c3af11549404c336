package org.myositisguide.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.myositisguide.catalog.GlossaryEntry;

/**
 * The glossary's terms under one letter, for the A to Z index and its jump bar.
 *
 * @param letter the capital letter, or "#" for terms that start with a digit or symbol
 * @param anchor the id of the letter's heading
 */
record GlossaryLetter(String letter, String anchor, List<GlossaryEntry> terms) {

	/** Alphabetical terms grouped by their first letter, in order. */
	static List<GlossaryLetter> of(List<GlossaryEntry> terms) {
		Map<String, List<GlossaryEntry>> byLetter = new LinkedHashMap<>();
		for (GlossaryEntry term : terms) {
			byLetter.computeIfAbsent(letter(term.term()), (k) -> new ArrayList<>()).add(term);
		}
		List<GlossaryLetter> letters = new ArrayList<>();
		byLetter.forEach((letter,
				entries) -> letters.add(new GlossaryLetter(letter,
						letter.equals("#") ? "letter-other" : "letter-" + letter.toLowerCase(Locale.ROOT),
						List.copyOf(entries))));
		return List.copyOf(letters);
	}

	private static String letter(String term) {
		char first = term.isEmpty() ? '#' : Character.toUpperCase(term.charAt(0));
		return (first >= 'A' && first <= 'Z') ? String.valueOf(first) : "#";
	}

}
