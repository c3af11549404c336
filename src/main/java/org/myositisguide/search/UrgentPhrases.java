package org.myositisguide.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.myositisguide.catalog.IndexChange;
import org.myositisguide.db.ReaderDatabase;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Whether a query names an urgent sign: it has every word that matters of one of the
 * phrases an urgent sign is known by ({@code match} in {@code content/urgent}), such as
 * "cannot finish a sentence" in "she cant finish a sentence and her lips look bluish".
 * Such a question is never turned away because some of its words are unusual: only a
 * query clearly about something else is off-topic (see {@link Fusion#offTopic}). A phrase
 * needs at least two such words, so that one everyday word never counts as a sign. Words
 * are compared by stem, as the index compares them.
 */
@Component
class UrgentPhrases {

	/** Words of a phrase that do not identify it ("cannot", "your", "the"). */
	private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "to", "or", "and", "in", "on", "at",
			"by", "for", "with", "from", "into", "your", "you", "their", "them", "they", "it", "is", "are", "be",
			"been", "not", "no", "cannot", "can", "do", "does", "will", "that", "this", "than", "when", "very", "more",
			"all", "any", "up", "out", "down", "off", "has", "have", "had", "someone");

	private static final int MIN_WORDS = 2;

	/**
	 * A phrase whose words that matter are each at least this rare in the articles (their
	 * idf; a word no article uses, or a reflexive word, counts as rare) names its sign
	 * specifically.
	 */
	private static final double SPECIFIC_IDF = 1.0;

	/**
	 * Words that turn a verb into another ("keep down", "get up"): stop words to the
	 * index, yet a phrase that has one names its sign only with it, so that "cannot keep
	 * your steroid tablets down" is not named by every question about steroid tablets.
	 * They do not count among a phrase's words that matter.
	 */
	private static final Set<String> DIRECTIONS = Set.of("down", "up", "out", "off", "over", "under");

	/**
	 * Reflexive words, stop words to the index, that make a verb about oneself: "harming
	 * yourself" is a crisis, "harm" alone is not. Any of them is one word that matters,
	 * the same whoever it is about, so that a carer's "he wants to kill himself" has the
	 * words of "kill yourself".
	 */
	private static final Set<String> REFLEXIVES = Set.of("myself", "yourself", "himself", "herself", "themselves",
			"themself", "ourselves", "yourselves");

	/** How a phrase or a query holds a reflexive word. */
	private static final String REFLEXIVE = "yourself";

	private final JdbcTemplate jdbc;

	private final QueryAnalyzer analyzer;

	/**
	 * Each phrase's words that matter, by stem; null until read for the current index.
	 */
	private volatile List<Set<String>> phrases;

	/**
	 * The signs' phrases, each as its sign and its words that matter, and the synonym
	 * groups' terms; null until read for the current index. The phrases' words depend on
	 * the vocabulary only through the analyzer's filler and stop words, so a new day does
	 * not read them again.
	 */
	private volatile Phrases signPhrases;

	/** Each sign's own words; null until read for the current index. */
	private volatile Map<String, String> signWords;

	UrgentPhrases(ReaderDatabase readers, QueryAnalyzer analyzer) {
		this.jdbc = readers.jdbc();
		this.analyzer = analyzer;
	}

	/**
	 * The urgent signs a query names, in its words: each word that matters of one of a
	 * sign's phrases is in the query, as written (whether or not any article uses it) or
	 * as what a query word stands for ("shes on pred and keeps being sick" names
	 * "vomiting on prednisone": "pred" stands for prednisone, "being sick" for vomiting,
	 * the terms of their synonym groups), and each of its {@link #DIRECTIONS} as written.
	 * Only that direction: a term does not stand for its group's lay words. This chooses
	 * a card to show, so a phrase needs two words that matter, like
	 * {@link #named(String)}.
	 * @param analysis the query's analysis
	 * @param today the day (which articles are public decides the vocabulary)
	 */
	List<String> signs(QueryAnalysis analysis, LocalDate today) {
		return signs(analysis, today, false);
	}

	private List<String> signs(QueryAnalysis analysis, LocalDate today, boolean specificOnly) {
		Phrases current = signPhrases(today);
		Set<String> query = new HashSet<>();
		for (String word : PlainWords.of(analysis.text()).split(" ")) {
			if (DIRECTIONS.contains(word)) {
				query.add(word);
			}
			if (REFLEXIVES.contains(word)) {
				query.add(REFLEXIVE);
			}
		}
		// Words no article uses count as written: a reader's everyday words for a sign
		// ("smile lopsided") may be in no article.
		analysis.unknownWords().forEach((word) -> name(word, query));
		for (Concept concept : analysis.concepts()) {
			name(concept.word(), query);
			concept.alternatives()
				.stream()
				.filter((alternative) -> current.terms().contains(PlainWords.of(alternative).strip()))
				.forEach((term) -> name(term, query));
		}
		Set<String> found = new java.util.LinkedHashSet<>();
		for (SignPhrase phrase : current.phrases()) {
			if ((!specificOnly || phrase.specific()) && !found.contains(phrase.sign())
					&& phrase.words().stream().allMatch((word) -> !java.util.Collections.disjoint(word, query))) {
				found.add(phrase.sign());
			}
		}
		return List.copyOf(found);
	}

	/**
	 * The urgent signs a query names ({@link #signs}) by a phrase whose words are all
	 * rare in the articles: "he wants to kill himself" names a crisis whatever else the
	 * question says, while "weak arms" has the words of a stroke's "arm weakness", which
	 * are in most articles.
	 */
	List<String> specificSigns(QueryAnalysis analysis, LocalDate today) {
		return signs(analysis, today, true);
	}

	private static Set<String> names(String word) {
		Set<String> names = new HashSet<>();
		name(word, names);
		return names;
	}

	/** A word or phrase as names: as written and, when one word, by stem. */
	private static void name(String text, Set<String> names) {
		String plain = PlainWords.of(text).strip();
		names.add(plain);
		if (!plain.contains(" ")) {
			names.add(Snippets.lexeme(plain));
		}
	}

	private Phrases signPhrases(LocalDate today) {
		Phrases current = this.signPhrases;
		if (current == null) {
			List<SignPhrase> read = new ArrayList<>();
			for (var row : this.jdbc.queryForList("select sign, phrase from urgent_phrase order by sign, phrase")) {
				List<Set<String>> words = new ArrayList<>();
				QueryAnalysis phrase = this.analyzer.analyze((String) row.get("phrase"), today);
				boolean specific = true;
				for (Concept concept : phrase.concepts()) {
					String word = PlainWords.of(concept.word()).strip();
					if (!concept.filler() && !SMALL_WORDS.contains(word)) {
						words.add(names(word));
						specific &= concept.idf() >= SPECIFIC_IDF;
					}
				}
				phrase.unknownWords()
					.stream()
					.filter((word) -> !SMALL_WORDS.contains(word))
					.forEach((word) -> words.add(names(word)));
				String[] plain = PlainWords.of((String) row.get("phrase")).split(" ");
				if (Arrays.stream(plain).anyMatch(REFLEXIVES::contains)) {
					words.add(Set.of(REFLEXIVE));
				}
				int matter = words.size();
				for (String word : plain) {
					if (DIRECTIONS.contains(word)) {
						words.add(Set.of(word));
					}
				}
				if (matter >= MIN_WORDS) {
					read.add(new SignPhrase((String) row.get("sign"), words, specific));
				}
			}
			Set<String> terms = new HashSet<>();
			this.jdbc.queryForList("select distinct term from synonym", String.class)
				.forEach((term) -> terms.add(PlainWords.of(term).strip()));
			current = new Phrases(List.copyOf(read), Set.copyOf(terms));
			this.signPhrases = current;
		}
		return current;
	}

	/**
	 * The signs' phrases, and the synonym groups' terms (what a query word may stand
	 * for).
	 */
	private record Phrases(List<SignPhrase> phrases, Set<String> terms) {
	}

	/**
	 * One of a sign's phrases: its words that matter, each as its names.
	 *
	 * @param specific whether each of its words is rare in the articles (see
	 * {@link #SPECIFIC_IDF}) or in none
	 */
	private record SignPhrase(String sign, List<Set<String>> words, boolean specific) {
	}

	/**
	 * The own words of some signs (their cards' titles and the items they list), one
	 * sign's after another.
	 */
	String words(List<String> signs) {
		Map<String, String> current = this.signWords;
		if (current == null) {
			Map<String, String> read = new HashMap<>();
			this.jdbc.query("select sign, words from urgent_sign_words",
					(RowCallbackHandler) (rs) -> read.put(rs.getString(1), rs.getString(2)));
			current = Map.copyOf(read);
			this.signWords = current;
		}
		StringBuilder words = new StringBuilder();
		for (String sign : signs) {
			words.append(current.getOrDefault(sign, "")).append('\n');
		}
		return words.toString();
	}

	/** Whether the query has every word that matters of one urgent sign's phrase. */
	boolean named(String query) {
		Set<String> words = stems(query);
		return phrases().stream().anyMatch(words::containsAll);
	}

	private List<Set<String>> phrases() {
		List<Set<String>> current = this.phrases;
		if (current == null) {
			List<Set<String>> read = new ArrayList<>();
			for (String phrase : this.jdbc.queryForList("select phrase from urgent_phrase", String.class)) {
				Set<String> stems = stems(phrase);
				if (stems.size() >= MIN_WORDS) {
					read.add(stems);
				}
			}
			current = List.copyOf(read);
			this.phrases = current;
		}
		return current;
	}

	private static Set<String> stems(String text) {
		Set<String> stems = new HashSet<>();
		Arrays.stream(PlainWords.of(text).split(" "))
			.filter((word) -> !word.isEmpty() && !SMALL_WORDS.contains(word) && !QueryAnalyzer.FILLER.contains(word))
			.forEach((word) -> stems.add(REFLEXIVES.contains(word) ? REFLEXIVE : Snippets.lexeme(word)));
		return stems;
	}

	/** The index changed: the phrases are read again when next needed. */
	@EventListener
	void indexChanged(IndexChange change) {
		this.phrases = null;
		this.signPhrases = null;
		this.signWords = null;
	}

}
