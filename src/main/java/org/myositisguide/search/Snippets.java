package org.myositisguide.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.tartarus.snowball.ext.EnglishStemmer;

import org.springframework.web.util.HtmlUtils;

/**
 * Makes a result's snippet (safe HTML) the way {@code ts_headline} would, in Java: up to
 * two fragments of at most {@value #MAX_WORDS} words, chosen for the most query words,
 * with each word whose stem is one of the query's lexemes in {@code <mark>}. Words are
 * stemmed with Snowball's English stemmer, the same algorithm as PostgreSQL's
 * {@code english_stem}, after folding case and accents as the {@code mg_english}
 * configuration does. Doing this here keeps the database to matching and ranking: in
 * PostgreSQL the highlighting cost as much as the ranking itself.
 */
final class Snippets {

	static final int MAX_WORDS = 24;

	private static final int FRAGMENTS = 2;

	/** Words shown before the first query word of a fragment. */
	private static final int LEAD = 3;

	private static final String DELIMITER = " … ";

	/** Escape only what HTML needs; the page is UTF-8. */
	private static final String UTF_8 = "UTF-8";

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** Characters of text before the first query word that the snippet may use. */
	private static final int BEFORE = 150;

	/** Characters of text the snippet is chosen from. */
	private static final int WINDOW = 800;

	private Snippets() {
	}

	/**
	 * The snippet for an article: made from a window of its text around the first place a
	 * query word appears, so only a fifth of a long article is looked at.
	 * @param text the article's plain text
	 * @param lexemes the query's lexemes
	 */
	static String forArticle(String text, Set<String> lexemes) {
		int start = Math.max(0, firstMention(text, lexemes) - BEFORE);
		int end = Math.min(text.length(), start + WINDOW);
		return snippet(text.substring(start, end), start > 0, end < text.length(), lexemes);
	}

	/**
	 * Where a query word first appears in a text: the first place that starts with one of
	 * the lexemes (a stem is usually the start of the words it stands for), written in
	 * lower case or with a capital (at the start of a sentence); 0 when none does.
	 */
	static int firstMention(String text, Set<String> lexemes) {
		int first = Integer.MAX_VALUE;
		for (String lexeme : lexemes) {
			if (lexeme.isEmpty()) {
				continue;
			}
			int at = text.indexOf(lexeme);
			if (at >= 0 && at < first) {
				first = at;
			}
			at = text.indexOf(Character.toUpperCase(lexeme.charAt(0)) + lexeme.substring(1));
			if (at >= 0 && at < first) {
				first = at;
			}
		}
		return (first == Integer.MAX_VALUE) ? 0 : first;
	}

	/**
	 * The snippet for a window of an article's text.
	 * @param text the window
	 * @param cutStart whether the window starts inside the text (its first word may be
	 * cut)
	 * @param cutEnd whether the window ends inside the text
	 * @param lexemes the query's lexemes
	 */
	static String snippet(String text, boolean cutStart, boolean cutEnd, Set<String> lexemes) {
		List<int[]> words = words(text);
		if (cutStart && !words.isEmpty()) {
			words.remove(0);
		}
		if (cutEnd && !words.isEmpty()) {
			words.remove(words.size() - 1);
		}
		if (words.isEmpty()) {
			return "";
		}
		// A stem keeps its word's first letter and is never longer than the word, so only
		// words that could stem to a query lexeme are stemmed.
		int shortest = Integer.MAX_VALUE;
		Set<Character> initials = new HashSet<>();
		for (String lexeme : lexemes) {
			if (!lexeme.isEmpty()) {
				initials.add(lexeme.charAt(0));
				shortest = Math.min(shortest, lexeme.length());
			}
		}
		String[] matched = new String[words.size()];
		for (int i = 0; i < words.size(); i++) {
			int[] span = words.get(i);
			if (span[1] - span[0] >= shortest && initials.contains(fold(Character.toLowerCase(text.charAt(span[0]))))) {
				String lexeme = lexeme(text.substring(span[0], span[1]));
				matched[i] = lexemes.contains(lexeme) ? lexeme : null;
			}
		}
		List<int[]> fragments = new ArrayList<>();
		for (int f = 0; f < FRAGMENTS; f++) {
			int[] best = best(matched, fragments);
			if (best == null) {
				break;
			}
			fragments.add(best);
		}
		if (fragments.isEmpty()) {
			fragments.add(new int[] { 0, Math.min(words.size(), MAX_WORDS) });
		}
		fragments.sort((a, b) -> Integer.compare(a[0], b[0]));
		StringBuilder html = new StringBuilder();
		for (int[] fragment : fragments) {
			if (!html.isEmpty()) {
				html.append(DELIMITER);
			}
			for (int i = fragment[0]; i < fragment[1]; i++) {
				int[] span = words.get(i);
				if (i > fragment[0]) {
					html.append(HtmlUtils.htmlEscape(text.substring(words.get(i - 1)[1], span[0]), UTF_8));
				}
				String escaped = HtmlUtils.htmlEscape(text.substring(span[0], span[1]), UTF_8);
				html.append((matched[i] != null) ? "<mark>" + escaped + "</mark>" : escaped);
			}
		}
		return html.toString();
	}

	/**
	 * The fragment (word range) with the most different query words, then the most query
	 * words, that does not overlap the ones already chosen; null when none has a query
	 * word.
	 */
	private static int[] best(String[] matched, List<int[]> chosen) {
		int[] best = null;
		int bestScore = 0;
		for (int hit = 0; hit < matched.length; hit++) {
			if (matched[hit] == null) {
				continue;
			}
			int start = Math.max(0, hit - LEAD);
			int end = Math.min(matched.length, start + MAX_WORDS);
			for (int[] taken : chosen) {
				if (start < taken[1] && end > taken[0]) {
					start = -1;
					break;
				}
			}
			if (start < 0) {
				continue;
			}
			Set<String> distinct = new HashSet<>();
			int count = 0;
			for (int i = start; i < end; i++) {
				if (matched[i] != null) {
					distinct.add(matched[i]);
					count++;
				}
			}
			int score = distinct.size() * 1000 + count;
			if (score > bestScore) {
				best = new int[] { start, end };
				bestScore = score;
			}
		}
		return best;
	}

	/** Where the words (runs of letters and digits) of a text start and end. */
	private static List<int[]> words(String text) {
		List<int[]> words = new ArrayList<>();
		int start = -1;
		for (int i = 0; i < text.length(); i++) {
			if (Character.isLetterOrDigit(text.charAt(i))) {
				if (start < 0) {
					start = i;
				}
			}
			else if (start >= 0) {
				words.add(new int[] { start, i });
				start = -1;
			}
		}
		if (start >= 0) {
			words.add(new int[] { start, text.length() });
		}
		return words;
	}

	/** A word as {@code mg_english} would index it: accents and case folded, stemmed. */
	static String lexeme(String word) {
		String folded = word.toLowerCase(Locale.ROOT);
		for (int i = 0; i < folded.length(); i++) {
			if (folded.charAt(i) >= 128) {
				folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
				break;
			}
		}
		EnglishStemmer stemmer = new EnglishStemmer();
		stemmer.setCurrent(folded);
		stemmer.stem();
		return stemmer.getCurrent();
	}

	/** A lower-case letter without its accent. */
	private static char fold(char letter) {
		if (letter < 128) {
			return letter;
		}
		String plain = MARKS.matcher(Normalizer.normalize(String.valueOf(letter), Normalizer.Form.NFD)).replaceAll("");
		return plain.isEmpty() ? letter : plain.charAt(0);
	}

}
