package org.myositisguide.meaning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.hnsw.HnswGraphBuilder;
import org.apache.lucene.util.hnsw.HnswGraphSearcher;
import org.apache.lucene.util.hnsw.OnHeapHnswGraph;
import org.apache.lucene.util.hnsw.RandomVectorScorer;
import org.apache.lucene.util.hnsw.RandomVectorScorerSupplier;

/**
 * The passage vectors one instance searches, fixed once built: each passage's article,
 * place, the day it becomes public and its vector in 8-bit steps (a scale per vector),
 * about a quarter of the memory of 32-bit floats. A small library is searched by
 * comparing the query with every passage; a large one through an HNSW graph (Lucene's),
 * built once per snapshot.
 */
final class VectorSnapshot {

	static final VectorSnapshot EMPTY = new VectorSnapshot(List.of(), false);

	/** Graph links per node and candidates kept while building (Lucene's defaults). */
	private static final int LINKS = 16;

	private static final int BEAM = 100;

	/** Candidates explored when searching the graph, beyond the k asked for. */
	private static final int SEARCH_BEAM = 100;

	private final List<Entry> entries;

	private final OnHeapHnswGraph graph;

	/** Each entry's first public day, read for every node a graph search visits. */
	private final int[] visibleFrom;

	VectorSnapshot(List<Entry> entries, boolean withGraph) {
		this.entries = List.copyOf(entries);
		this.visibleFrom = this.entries.stream().mapToInt(Entry::visibleFrom).toArray();
		this.graph = (withGraph && !entries.isEmpty()) ? build(this.entries) : null;
	}

	int size() {
		return this.entries.size();
	}

	boolean hasGraph() {
		return this.graph != null;
	}

	List<Entry> entries() {
		return this.entries;
	}

	/** The k passages public on the day most similar to a unit query vector. */
	List<PassageMatch> nearest(float[] query, int k, int day) {
		if (this.entries.isEmpty() || k <= 0) {
			return List.of();
		}
		return (this.graph != null) ? graphNearest(query, k, day, SEARCH_BEAM) : exactNearest(query, k, day);
	}

	/**
	 * As {@link #nearest}, by comparing with every passage even when there is a graph.
	 */
	List<PassageMatch> exactNearest(float[] query, int k, int day) {
		PriorityQueue<PassageMatch> best = new PriorityQueue<>(Comparator.comparingDouble(PassageMatch::score));
		for (Entry entry : this.entries) {
			if (entry.visibleFrom() > day) {
				continue;
			}
			double score = entry.vector().dot(query);
			if (best.size() < k) {
				best.add(new PassageMatch(entry.articleId(), entry.position(), score));
			}
			else if (score > best.peek().score()) {
				best.poll();
				best.add(new PassageMatch(entry.articleId(), entry.position(), score));
			}
		}
		List<PassageMatch> sorted = new ArrayList<>(best);
		sorted.sort(Comparator.comparingDouble(PassageMatch::score).reversed());
		return sorted;
	}

	/**
	 * As {@link #nearest}, through the graph, exploring {@code beam} candidates beyond
	 * the k asked for. The graph is walked with the query in 8-bit steps too (integer
	 * arithmetic, about a hundredth off), and the passages found are scored again
	 * exactly.
	 */
	List<PassageMatch> graphNearest(float[] query, int k, int day, int beam) {
		QuantizedVector quantized = QuantizedVector.of(query);
		RandomVectorScorer scorer = new RandomVectorScorer() {
			@Override
			public float score(int node) {
				return (float) ((1 + VectorSnapshot.this.entries.get(node).vector().dot(quantized)) / 2);
			}

			@Override
			public int maxOrd() {
				return VectorSnapshot.this.entries.size();
			}
		};
		int[] visibleFrom = this.visibleFrom;
		Bits visible = new Bits() {
			@Override
			public boolean get(int index) {
				return visibleFrom[index] <= day;
			}

			@Override
			public int length() {
				return visibleFrom.length;
			}
		};
		try {
			TopDocs top = HnswGraphSearcher.search(scorer, k + beam, this.graph, visible, Integer.MAX_VALUE).topDocs();
			List<PassageMatch> matches = new ArrayList<>();
			for (ScoreDoc doc : top.scoreDocs) {
				Entry entry = this.entries.get(doc.doc);
				matches.add(new PassageMatch(entry.articleId(), entry.position(), entry.vector().dot(query)));
			}
			matches.sort(Comparator.comparingDouble(PassageMatch::score).reversed());
			return matches.subList(0, Math.min(k, matches.size()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static OnHeapHnswGraph build(List<Entry> entries) {
		RandomVectorScorerSupplier supplier = new RandomVectorScorerSupplier() {
			@Override
			public RandomVectorScorer scorer(int ord) {
				QuantizedVector from = entries.get(ord).vector();
				return new RandomVectorScorer() {
					@Override
					public float score(int node) {
						return (float) ((1 + from.dot(entries.get(node).vector())) / 2);
					}

					@Override
					public int maxOrd() {
						return entries.size();
					}
				};
			}

			@Override
			public RandomVectorScorerSupplier copy() {
				return this;
			}
		};
		try {
			return HnswGraphBuilder.create(supplier, LINKS, BEAM, 42).build(entries.size());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A passage in the snapshot.
	 *
	 * @param visibleFrom the first public day, as days since 1970-01-01
	 */
	record Entry(long articleId, int position, String hash, int visibleFrom, QuantizedVector vector) {
	}

}
