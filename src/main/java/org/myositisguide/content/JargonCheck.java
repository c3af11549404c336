package org.myositisguide.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The jargon check of the {@code check} command: words in an article that are not common
 * English (the SCOWL lists of sizes 10 and 20, {@code jargon/plain-words.txt} on the
 * classpath), not a glossary term, topic or synonym, and not explained where they first
 * appear (a sentence with brackets, "called", "means" or "which is"). Reported as one
 * warning per article, so writers can define them or link them to the glossary.
 */
public final class JargonCheck {

	static final int MAX_LISTED = 12;

	private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]{3,}");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s");

	private static final Pattern EXPLAINED = Pattern
		.compile("\\(|\\bcalled\\b|\\bmeans?\\b|\\bwhich is\\b|\\bknown as\\b", Pattern.CASE_INSENSITIVE);

	private static final String[] ENDINGS = { "s", "es", "ed", "d", "ing", "ly", "er", "ers", "ies" };

	private final Set<String> plain;

	JargonCheck(Set<String> plain) {
		this.plain = plain;
	}

	/**
	 * The check with the plain-words list shipped in the jar, plus the words the team has
	 * judged plain in {@code plain-words.txt} of the content folder (one per line,
	 * optional).
	 */
	public static JargonCheck withPlainWords(java.nio.file.Path contentDir) {
		Set<String> words = new HashSet<>();
		try (InputStream in = JargonCheck.class.getResourceAsStream("/jargon/plain-words.txt")) {
			if (in == null) {
				throw new IllegalStateException("plain-words.txt is missing from the classpath");
			}
			new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().forEach((w) -> add(words, w));
			java.nio.file.Path extra = contentDir.resolve("plain-words.txt");
			if (java.nio.file.Files.isRegularFile(extra)) {
				java.nio.file.Files.readAllLines(extra, StandardCharsets.UTF_8).forEach((w) -> add(words, w));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new JargonCheck(words);
	}

	private static void add(Set<String> words, String line) {
		String word = line.replaceAll("#.*$", "").strip().toLowerCase(Locale.ROOT);
		if (!word.isEmpty()) {
			words.add(word);
		}
	}

	public List<Problem> problems(ContentSnapshot snapshot) {
		Set<String> known = new HashSet<>();
		snapshot.glossary().forEach((g) -> {
			addWords(known, g.term());
			addWords(known, g.abbreviation());
			g.aliases().forEach((a) -> addWords(known, a));
		});
		snapshot.tags().forEach((t) -> {
			addWords(known, t.name());
			t.aliases().forEach((a) -> addWords(known, a));
		});
		snapshot.urgentSigns().forEach((sign) -> {
			addWords(known, sign.title());
			sign.match().forEach((m) -> addWords(known, m));
		});
		snapshot.synonyms().forEach((s) -> {
			addWords(known, s.term());
			s.phrases().forEach((p) -> addWords(known, p));
		});
		List<Problem> problems = new ArrayList<>();
		for (ArticleSource article : snapshot.articles()) {
			if (article.rendered() == null) {
				continue;
			}
			Set<String> jargon = jargon(article.rendered().plainText(), known);
			if (!jargon.isEmpty()) {
				List<String> listed = jargon.stream().limit(MAX_LISTED).toList();
				problems.add(Problem.warning(article.path(), 0,
						"words that may be jargon (not common English, not in the glossary, not explained where "
								+ "they first appear): " + String.join(", ", listed)
								+ ((jargon.size() > MAX_LISTED) ? " and " + (jargon.size() - MAX_LISTED) + " more" : "")
								+ "; explain them or link them to the glossary"));
			}
		}
		return problems;
	}

	Set<String> jargon(String text, Set<String> known) {
		Set<String> seen = new HashSet<>();
		Set<String> jargon = new LinkedHashSet<>();
		Matcher words = WORD.matcher(text);
		while (words.find()) {
			String token = words.group();
			if (token.contains("'") && !token.endsWith("'s")) {
				continue;
			}
			if (Character.isUpperCase(token.charAt(0)) && !token.equals(token.toUpperCase(Locale.ROOT))
					&& !startsSentence(text, words.start())) {
				// A name (a place, an organisation): not jargon.
				continue;
			}
			String word = token.toLowerCase(Locale.ROOT).replaceAll("'s$", "");
			if (!seen.add(word) || understood(word, known)) {
				continue;
			}
			if (!EXPLAINED.matcher(sentence(text, words.start())).find()) {
				jargon.add(word);
			}
		}
		return jargon;
	}

	/** Common English, a known term, or a compound made only of those. */
	private boolean understood(String word, Set<String> known) {
		if (inForms(word, this.plain) || inForms(word, known)) {
			return true;
		}
		if (!word.contains("-")) {
			return false;
		}
		for (String part : word.split("-")) {
			if (!part.isEmpty() && !inForms(part, this.plain) && !inForms(part, known)) {
				return false;
			}
		}
		return true;
	}

	/** Whether a word, or the word without a common ending, is in a set. */
	private static boolean inForms(String word, Set<String> words) {
		if (words.contains(word)) {
			return true;
		}
		for (String ending : ENDINGS) {
			if (word.endsWith(ending) && word.length() > ending.length() + 2) {
				String stem = word.substring(0, word.length() - ending.length());
				if (words.contains(stem) || words.contains(stem + "e") || words.contains(stem + "y")) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean startsSentence(String text, int at) {
		int i = at - 1;
		while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
			i--;
		}
		return i < 0 || ".!?:\n•-".indexOf(text.charAt(i)) >= 0 || text.charAt(at - 1) == '\n';
	}

	private static String sentence(String text, int at) {
		int start = 0;
		Matcher end = SENTENCE_END.matcher(text);
		while (end.find() && end.end() <= at) {
			start = end.end();
		}
		int stop = end.find(at) ? end.end() : text.length();
		return text.substring(start, Math.min(stop, text.length()));
	}

	private static void addWords(Set<String> known, String phrase) {
		if (phrase == null) {
			return;
		}
		for (String word : phrase.toLowerCase(Locale.ROOT).split("[^a-z'-]+")) {
			if (!word.isEmpty()) {
				known.add(word);
			}
		}
	}

}
