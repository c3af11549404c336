package org.myositisguide.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.myositisguide.meaning.PassageMatch;

/**
 * Combines the two ways of finding articles, by words and by meaning, and decides whether
 * a query is about anything the guide covers.
 * <p>
 * <b>Relevance floor.</b> No single signal separates the questions the guide answers from
 * questions about other things: in-scope questions in everyday words can be as far in
 * meaning from every passage as off-topic ones. So the floor weighs three: how near the
 * query's best passage is compared with the nearest subject the guide is not about
 * ({@link OffTopic}), and how much of the query (its unknown words included) the best
 * lexical match covers. A query is off-topic when it is clearly nearer something else, or
 * a little nearer and its words barely match. A query that names a subject of the guide
 * is never off-topic.
 * <p>
 * <b>Fusion.</b> Reciprocal-rank fusion of the lexical list (each result counting in
 * proportion to the share of the query it matches, so that matches on a question's
 * everyday words pull little) and the semantic list (articles whose best passage is
 * within a step of the best one).
 * <p>
 * The constants were set on the public query sets in {@code src/test/resources/search}
 * and checked on a set kept aside; see {@code docs/search.md}.
 */
final class Fusion {

	/** Rank offset of reciprocal-rank fusion: smaller favours the first few places. */
	static final double K = 10;

	/** Weight of the lexical list against the semantic one. */
	static final double LEXICAL_WEIGHT = 0.75;

	static final double SEMANTIC_WEIGHT = 1.0;

	/**
	 * How much an article's second-nearest passage adds to its place in the semantic
	 * list: an article with two passages near the question is more likely about it than
	 * one with a single passage as near.
	 */
	static final double SECOND_PASSAGE = 0.2;

	/**
	 * The summed word specificity (inverse document frequency) at which the lexical list
	 * counts fully.
	 */
	static final double SPECIFIC_WORDS = 1.5;

	/** Semantic candidates are articles whose best passage is within this of the best. */
	static final double SEMANTIC_STEP = 0.1;

	/** The coverage of an article that matches all of a query's words. */
	static final double WHOLE = 0.999;

	/**
	 * Off-topic when the nearest other subject is nearer than the best passage by this.
	 */
	static final double CLEARLY_ELSEWHERE = 0.12;

	/**
	 * Off-topic when the best passage is not nearer than the nearest other subject by
	 * this, and the words match less than {@link #WEAK_WORDS} of the query.
	 */
	static final double NOT_CLEARLY_HERE = 0.04;

	static final double WEAK_WORDS = 0.4;

	private Fusion() {
	}

	/**
	 * Whether a query is about something the guide does not cover.
	 * @param best the best passage's similarity to the query
	 * @param elsewhere the nearest other subject's similarity to the query
	 * @param words the share of the whole query the best lexical match covers
	 */
	static boolean offTopic(double best, double elsewhere, double words) {
		double margin = best - elsewhere;
		return margin < -CLEARLY_ELSEWHERE || (margin < NOT_CLEARLY_HERE && words < WEAK_WORDS);
	}

	/** The articles to list, best first, the lexical list counting fully. */
	static List<Fused> fuse(List<SearchRepository.Lexical> lexical, List<PassageMatch> passages) {
		return fuse(lexical, passages, 1.0);
	}

	/**
	 * How much the lexical list can say about a query, from how specific its words are: a
	 * query of common words only ("how many people have myositis") matches many articles
	 * wholly, in an order that means little, so its lexical list pulls less.
	 * @param totalIdf the summed inverse document frequency of the query's words
	 */
	static double lexicalEvidence(double totalIdf) {
		return Math.min(1.0, totalIdf / SPECIFIC_WORDS);
	}

	/**
	 * The articles to list, best first.
	 * @param lexical lexical candidates, best first
	 * @param passages nearest passages, best first (empty when meaning is unavailable)
	 * @param evidence how much the lexical list counts (0 to 1, see
	 * {@link #lexicalEvidence(double)})
	 */
	static List<Fused> fuse(List<SearchRepository.Lexical> lexical, List<PassageMatch> passages, double evidence) {
		return fuse(lexical, passages, evidence, false);
	}

	/**
	 * As {@link #fuse(List, List, double)}.
	 * @param names whether the query has a word only one article uses (a name, such as a
	 * medicine's, that the meaning model may not know): an article matching all the
	 * query's words then counts as much as the nearest article in meaning
	 */
	static List<Fused> fuse(List<SearchRepository.Lexical> lexical, List<PassageMatch> passages, double evidence,
			boolean names) {
		Map<Long, PassageMatch> best = new LinkedHashMap<>();
		Map<Long, Double> support = new HashMap<>();
		for (PassageMatch match : passages) {
			if (best.putIfAbsent(match.articleId(), match) != null) {
				support.putIfAbsent(match.articleId(), match.score());
			}
		}
		List<PassageMatch> bySupport = new ArrayList<>(best.values());
		bySupport.sort(Comparator
			.comparingDouble((PassageMatch p) -> p.score() + SECOND_PASSAGE * support.getOrDefault(p.articleId(), 0.0))
			.reversed());
		double top = passages.isEmpty() ? 0 : passages.get(0).score();
		Map<Long, Fused> fused = new LinkedHashMap<>();
		for (int i = 0; i < lexical.size(); i++) {
			SearchRepository.Lexical hit = lexical.get(i);
			double weight = (names && hit.coverage() >= WHOLE) ? SEMANTIC_WEIGHT : evidence * LEXICAL_WEIGHT;
			fused.put(hit.id(), new Fused(hit.id(), weight * hit.coverage() / (K + i + 1), best.get(hit.id()), i + 1));
		}
		Map<Long, Integer> semanticRank = new HashMap<>();
		int rank = 0;
		for (PassageMatch passage : bySupport) {
			semanticRank.put(passage.articleId(), ++rank);
			if (passage.score() < top - SEMANTIC_STEP) {
				continue;
			}
			Fused semantic = new Fused(passage.articleId(), SEMANTIC_WEIGHT / (K + rank), passage, 0);
			fused.merge(passage.articleId(), semantic,
					(a, b) -> new Fused(a.articleId(), a.score() + b.score(), a.passage(), a.lexicalRank()));
		}
		List<Fused> ranked = new ArrayList<>(fused.values());
		ranked.sort(Comparator.comparingDouble(Fused::score).reversed());
		return ranked;
	}

	/**
	 * An article found.
	 *
	 * @param passage its nearest passage in meaning, or null
	 * @param lexicalRank its place among the lexical candidates, or 0
	 */
	record Fused(long articleId, double score, PassageMatch passage, int lexicalRank) {
	}

}
