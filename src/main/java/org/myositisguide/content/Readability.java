package org.myositisguide.content;

import java.util.List;

/**
 * Word count, reading time and Flesch-Kincaid grade of a text given as blocks
 * (paragraphs, headings, list items, table cells). A block with no sentence-ending mark
 * still counts as one sentence.
 */
public final class Readability {

	private static final int WORDS_PER_MINUTE = 200;

	private Readability() {
	}

	public static Stats measure(List<String> blocks) {
		int words = 0;
		int sentences = 0;
		int syllables = 0;
		for (String block : blocks) {
			int blockWords = 0;
			int i = 0;
			int n = block.length();
			while (i < n) {
				if (!isWordChar(block.charAt(i))) {
					i++;
					continue;
				}
				int start = i;
				while (i < n) {
					char c = block.charAt(i);
					if (isWordChar(c)) {
						i++;
					}
					else if ((c == '\'' || c == '\u2019') && i + 1 < n && isLetter(block.charAt(i + 1))) {
						i++;
					}
					else {
						break;
					}
				}
				blockWords++;
				syllables += syllables(block.substring(start, i));
			}
			if (blockWords == 0) {
				continue;
			}
			words += blockWords;
			sentences += Math.max(1, sentenceEnds(block));
		}
		if (words == 0) {
			return new Stats(0, 0, 0.0);
		}
		double grade = 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
		int minutes = Math.max(1, Math.round((float) words / WORDS_PER_MINUTE));
		return new Stats(words, minutes, Math.round(grade * 10) / 10.0);
	}

	/** Runs of . ! ? followed by white space or the end of the block. */
	private static int sentenceEnds(String block) {
		int count = 0;
		for (int i = 0; i < block.length(); i++) {
			char c = block.charAt(i);
			if (c == '.' || c == '!' || c == '?') {
				int end = i;
				while (end + 1 < block.length() && ".!?".indexOf(block.charAt(end + 1)) >= 0) {
					end++;
				}
				if (end + 1 == block.length() || Character.isWhitespace(block.charAt(end + 1))) {
					count++;
				}
				i = end;
			}
		}
		return count;
	}

	private static boolean isLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isWordChar(char c) {
		return isLetter(c) || (c >= '0' && c <= '9');
	}

	static int syllables(String word) {
		StringBuilder letters = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = Character.toLowerCase(word.charAt(i));
			if (c >= 'a' && c <= 'z') {
				letters.append(c);
			}
		}
		int length = letters.length();
		if (length <= 3) {
			return 1;
		}
		if (letters.charAt(length - 1) == 'e' && letters.charAt(length - 2) != 'l') {
			length -= 1;
		}
		else if (letters.charAt(length - 2) == 'e'
				&& (letters.charAt(length - 1) == 's' || letters.charAt(length - 1) == 'd')) {
			length -= 2;
		}
		int groups = 0;
		boolean inVowels = false;
		for (int i = 0; i < length; i++) {
			boolean vowel = "aeiouy".indexOf(letters.charAt(i)) >= 0;
			if (vowel && !inVowels) {
				groups++;
			}
			inVowels = vowel;
		}
		return Math.max(1, groups);
	}

	/**
	 * @param words number of words
	 * @param minutes reading time at 200 words a minute, at least 1
	 * @param grade Flesch-Kincaid grade level, one decimal
	 */
	public record Stats(int words, int minutes, double grade) {
	}

}
