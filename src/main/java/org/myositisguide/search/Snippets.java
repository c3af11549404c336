package org.myositisguide.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

	/** Sentences of a passage a result shows, in words at most (one long one is cut). */
	static final int ANSWER_WORDS = 45;

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}\"“‘(])");

	/**
	 * A passage as a result shows it: whole sentences (up to {@value #ANSWER_WORDS}
	 * words), the run with the most different query words, each query word marked.
	 * @param text the passage's plain text
	 * @param lexemes the query's lexemes to mark
	 */
	static String forPassage(String text, Set<String> lexemes) {
		String[] sentences = SENTENCE_END.split(text.strip());
		List<Set<String>> found = new ArrayList<>();
		int[] words = new int[sentences.length];
		for (int i = 0; i < sentences.length; i++) {
			found.add(matched(sentences[i], lexemes));
			words[i] = words(sentences[i]).size();
		}
		int bestStart = 0;
		int bestEnd = 1;
		int bestScore = -1;
		for (int start = 0; start < sentences.length; start++) {
			Set<String> distinct = new HashSet<>();
			int total = 0;
			for (int end = start; end < sentences.length; end++) {
				total += words[end];
				if (end > start && total > ANSWER_WORDS) {
					break;
				}
				distinct.addAll(found.get(end));
				int score = distinct.size() * 1000 - (end - start);
				if (score > bestScore) {
					bestScore = score;
					bestStart = start;
					bestEnd = end + 1;
				}
			}
		}
		// Fill up to the length with the sentences that follow.
		int total = 0;
		for (int i = bestStart; i < bestEnd; i++) {
			total += words[i];
		}
		while (bestEnd < sentences.length && total + words[bestEnd] <= ANSWER_WORDS) {
			total += words[bestEnd++];
		}
		String chosen = String.join(" ", java.util.Arrays.asList(sentences).subList(bestStart, bestEnd));
		List<int[]> spans = words(chosen);
		boolean cut = spans.size() > ANSWER_WORDS + ANSWER_WORDS / 3;
		if (cut) {
			chosen = chosen.substring(0, spans.get(ANSWER_WORDS - 1)[1]);
		}
		return mark(chosen, lexemes) + (cut ? " …" : "");
	}

	/** How many different query lexemes a text has. */
	static int matchCount(String text, Set<String> lexemes) {
		return matched(text, lexemes).size();
	}

	/**
	 * The query lexemes a text has. Every passage of every result is read here, so the
	 * words are walked in place rather than listed first.
	 */
	static Set<String> matched(String text, Set<String> lexemes) {
		Set<String> found = new HashSet<>();
		Stems stems = new Stems(lexemes);
		int start = -1;
		for (int i = 0; i <= text.length(); i++) {
			if (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
				if (start < 0) {
					start = i;
				}
			}
			else if (start >= 0) {
				String lexeme = stems.of(text, start, i);
				if (lexeme != null) {
					found.add(lexeme);
				}
				start = -1;
			}
		}
		return found;
	}

	/**
	 * Which words of a text are query words. A stem keeps its word's first letter and is
	 * never longer than the word, so only words that could stem to a query lexeme are
	 * stemmed; stemming is remembered per word (a library has a bounded vocabulary), so a
	 * results page does not stem the same words of its passages again on every search.
	 */
	private static final class Stems {

		private final Set<String> lexemes;

		private final Set<Character> initials = new HashSet<>();

		private int shortest = Integer.MAX_VALUE;

		Stems(Set<String> lexemes) {
			this.lexemes = lexemes;
			for (String lexeme : lexemes) {
				if (!lexeme.isEmpty()) {
					this.initials.add(lexeme.charAt(0));
					this.shortest = Math.min(this.shortest, lexeme.length());
				}
			}
		}

		/** The query lexeme a word of the text stands for, or null. */
		String of(String text, int[] span) {
			return of(text, span[0], span[1]);
		}

		/** The query lexeme the word from start to end stands for, or null. */
		String of(String text, int start, int end) {
			if (end - start < this.shortest
					|| !this.initials.contains(fold(Character.toLowerCase(text.charAt(start))))) {
				return null;
			}
			String lexeme = lexeme(text.substring(start, end));
			return this.lexemes.contains(lexeme) ? lexeme : null;
		}

	}

	/** A text escaped for HTML with each query word in {@code <mark>}. */
	private static String mark(String text, Set<String> lexemes) {
		StringBuilder html = new StringBuilder();
		Stems stems = new Stems(lexemes);
		int at = 0;
		for (int[] span : words(text)) {
			html.append(HtmlUtils.htmlEscape(text.substring(at, span[0]), UTF_8));
			String word = HtmlUtils.htmlEscape(text.substring(span[0], span[1]), UTF_8);
			html.append((stems.of(text, span) != null) ? "<mark>" + word + "</mark>" : word);
			at = span[1];
		}
		html.append(HtmlUtils.htmlEscape(text.substring(at), UTF_8));
		return html.toString();
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
		Stems stems = new Stems(lexemes);
		String[] matched = new String[words.size()];
		for (int i = 0; i < words.size(); i++) {
			matched[i] = stems.of(text, words.get(i));
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

	/**
	 * Stems already computed, by word as written. The cap only guards against a library
	 * of nonsense words; the shipped library has a few thousand.
	 */
	private static final Cache<String, String> LEXEMES = Caffeine.newBuilder().maximumSize(200_000).build();

	/** A word as {@code mg_english} would index it: accents and case folded, stemmed. */
	static String lexeme(String word) {
		return LEXEMES.get(word, Snippets::stem);
	}

	private static String stem(String word) {
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
