package org.myositisguide.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.myositisguide.catalog.IndexChange;
import org.myositisguide.db.ReaderDatabase;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
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

	private final JdbcTemplate jdbc;

	/**
	 * Each phrase's words that matter, by stem; null until read for the current index.
	 */
	private volatile List<Set<String>> phrases;

	UrgentPhrases(ReaderDatabase readers) {
		this.jdbc = readers.jdbc();
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
			.forEach((word) -> stems.add(Snippets.lexeme(word)));
		return stems;
	}

	/** The index changed: the phrases are read again when next needed. */
	@EventListener
	void indexChanged(IndexChange change) {
		this.phrases = null;
	}

}
