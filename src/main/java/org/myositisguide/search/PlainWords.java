package org.myositisguide.search;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text reduced to its words: lower case, every run of other characters one space, no
 * space at either end. How queries are compared with glossary names and counted.
 */
final class PlainWords {

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private PlainWords() {
	}

	static String of(String text) {
		return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

}
