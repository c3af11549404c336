package org.myositisguide.content;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Word count, reading time and Flesch-Kincaid grade of a text given as blocks
 * (paragraphs, headings, list items, table cells), as standard implementations count
 * them: words are runs of non-space characters with a letter or digit, sentences end at .
 * ! or ? before a space or the end, and syllables come from {@link Syllables}. A block
 * with no sentence-ending mark still counts as one sentence.
 */
public final class Readability {

	private static final int WORDS_PER_MINUTE = 200;

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	/** A word is a run of non-space characters with at least one letter or digit. */
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]");

	private Readability() {
	}

	/** Measures a text whose blocks are all prose. */
	public static Stats measure(List<String> blocks) {
		return measure(blocks, blocks);
	}

	/**
	 * Words and reading time of all the blocks; the grade of the prose among them (the
	 * paragraphs), which is the running text the formula was made for: a list of short
	 * items or a heading is not a sentence. With no prose, the grade of all blocks.
	 */
	public static Stats measure(List<String> blocks, List<String> prose) {
		Counts all = count(blocks);
		if (all.words() == 0) {
			return new Stats(0, 0, 0.0);
		}
		Counts graded = count(prose);
		if (graded.words() == 0) {
			graded = all;
		}
		double grade = 0.39 * graded.words() / graded.sentences() + 11.8 * graded.syllables() / graded.words() - 15.59;
		int minutes = Math.max(1, Math.round((float) all.words() / WORDS_PER_MINUTE));
		return new Stats(all.words(), minutes, Math.round(grade * 10) / 10.0);
	}

	private static Counts count(List<String> blocks) {
		int words = 0;
		int sentences = 0;
		int syllables = 0;
		for (String block : blocks) {
			int blockWords = 0;
			for (String token : WHITE_SPACE.split(block)) {
				if (WORD.matcher(token).find()) {
					blockWords++;
					syllables += Syllables.count(token);
				}
			}
			if (blockWords > 0) {
				words += blockWords;
				sentences += Math.max(1, sentenceEnds(block));
			}
		}
		return new Counts(words, sentences, syllables);
	}

	private record Counts(int words, int sentences, int syllables) {
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

	/**
	 * Syllables of a word, as the standard counter gives them: a number, having no
	 * letters, has none (it still counts as a word).
	 */
	static int syllables(String word) {
		return Syllables.count(word);
	}

	/**
	 * @param words number of words
	 * @param minutes reading time at 200 words a minute, at least 1
	 * @param grade Flesch-Kincaid grade level, one decimal
	 */
	public record Stats(int words, int minutes, double grade) {
	}

}
