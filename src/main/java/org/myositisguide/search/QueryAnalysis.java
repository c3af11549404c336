package org.myositisguide.search;

import java.util.List;
import java.util.Map;

/**
 * A query taken apart for searching.
 *
 * @param text the cleaned query, as shown back to the reader
 * @param concepts the words to match (an article must match enough of them)
 * @param must tsquery text every result must match (quoted phrases), or null
 * @param exclude tsquery text no result may match ({@code -word}), or null
 * @param corrections typed word to the vocabulary word it probably meant
 * @param unknownWeight the weight of its words (not everyday ones) that no article,
 * topic, glossary term or synonym uses, each as much as a word found in no article: they
 * are left out of matching, but count against how much of the query a match covers
 * @param unknownWords those words (and shorter ones), as written
 */
record QueryAnalysis(String text, List<Concept> concepts, String must, String exclude, Map<String, String> corrections,
		double unknownWeight, List<String> unknownWords) {

	boolean isEmpty() {
		return this.concepts.isEmpty() && this.must == null;
	}

	/** The query with every correction applied. */
	String correctedText() {
		String corrected = this.text;
		for (Map.Entry<String, String> correction : this.corrections.entrySet()) {
			corrected = corrected.replaceAll("(?i)\\b" + java.util.regex.Pattern.quote(correction.getKey()) + "\\b",
					java.util.regex.Matcher.quoteReplacement(correction.getValue()));
		}
		return corrected;
	}

	/** How many of its words name something (not everyday words). */
	int knownTopicWords() {
		return (int) this.concepts.stream().filter((c) -> !c.filler()).count();
	}

	/**
	 * The share of the whole query, unknown words included, that a lexical match of the
	 * given coverage (of the known words) matches.
	 */
	double coverageOfAll(double coverage) {
		double total = totalIdf();
		return (total > 0) ? coverage * total / (total + this.unknownWeight) : 0;
	}

	/**
	 * The share of the whole query that a match of all its words but the everyday ones
	 * covers (a match of every word covers 1, unknown words aside).
	 */
	double coverageOfAllButFiller() {
		double total = totalIdf();
		double filler = this.concepts.stream().filter(Concept::filler).mapToDouble(Concept::idf).sum();
		return (total > 0) ? coverageOfAll((total - filler) / total) : 0;
	}

	double totalIdf() {
		return this.concepts.stream().mapToDouble(Concept::idf).sum();
	}

	/** The weight of the broad concepts, which every candidate is taken to match. */
	double broadIdf() {
		return this.concepts.stream().filter(Concept::broad).mapToDouble(Concept::idf).sum();
	}

}
