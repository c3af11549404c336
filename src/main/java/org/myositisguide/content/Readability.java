package org.myositisguide.content;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word count, reading time and Flesch-Kincaid grade of a text given as blocks
 * (paragraphs, headings, list items, table cells). A block with no sentence-ending mark
 * still counts as one sentence.
 */
public final class Readability {

	private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)*");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");

	private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

	private static final int WORDS_PER_MINUTE = 200;

	private Readability() {
	}

	public static Stats measure(List<String> blocks) {
		int words = 0;
		int sentences = 0;
		int syllables = 0;
		for (String block : blocks) {
			Matcher matcher = WORD.matcher(block);
			int blockWords = 0;
			while (matcher.find()) {
				blockWords++;
				syllables += syllables(matcher.group());
			}
			if (blockWords == 0) {
				continue;
			}
			words += blockWords;
			sentences += Math.max(1, (int) SENTENCE_END.matcher(block).results().count());
		}
		if (words == 0) {
			return new Stats(0, 0, 0.0);
		}
		double grade = 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
		int minutes = Math.max(1, Math.round((float) words / WORDS_PER_MINUTE));
		return new Stats(words, minutes, Math.round(grade * 10) / 10.0);
	}

	static int syllables(String word) {
		String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		if (w.isEmpty() || w.length() <= 3) {
			return 1;
		}
		if (w.endsWith("e") && !w.endsWith("le")) {
			w = w.substring(0, w.length() - 1);
		}
		else if (w.endsWith("es") || w.endsWith("ed")) {
			w = w.substring(0, w.length() - 2);
		}
		return Math.max(1, (int) VOWEL_GROUP.matcher(w).results().count());
	}

	/**
	 * @param words number of words
	 * @param minutes reading time at 200 words a minute, at least 1
	 * @param grade Flesch-Kincaid grade level, one decimal
	 */
	public record Stats(int words, int minutes, double grade) {
	}

}
