package org.myositisguide.meaning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The passage vectors one instance searches, fixed once built: each passage's article,
 * place, the day it becomes public and its vector in 8-bit steps (a scale per vector),
 * about a quarter of the memory of 32-bit floats. A small library is searched by
 * comparing the query with every passage. A large one is searched in two steps: the
 * query's signs about the library's mean vector (one bit a value, six 64-bit words for
 * 384 values) are compared with every passage's, a few instructions a passage, and the
 * {@value #CANDIDATES_PER_RESULT} passages nearest by that for each one asked for are
 * compared exactly.
 *
 * <p>
 * Measured with {@code NearestSearchBenchmark} on 19,911 real passage vectors (a
 * generated library) and the public evaluation queries, for the 50 nearest: the two steps
 * with 2,000 candidates found 0.98 of the exact 50 and 0.996 of the exact 10 in 1.1 ms a
 * query, where the HNSW graph used before (Lucene's, beam 100) found 0.89 and 0.93 in 1.6
 * ms, and needed 14 s to build (324 s at 160,000 passages) after every change. On eight
 * noisy copies of them (159,288 vectors) the two steps took 2.9 ms a query and found 0.94
 * and 0.98.
 */
final class VectorSnapshot {

	static final VectorSnapshot EMPTY = new VectorSnapshot(List.of(), false);

	/** Passages compared exactly for each one asked for, in a large library. */
	static final int CANDIDATES_PER_RESULT = 40;

	private final List<Entry> entries;

	/** Each entry's first public day, read for every passage a search compares. */
	private final int[] visibleFrom;

	private final boolean approximate;

	/** The last first public day of any entry: from then on every entry is public. */
	private final int lastVisibleFrom;

	/** The mean of the entries' vectors, about which signs are taken. */
	private final float[] mean;

	/** 64-bit words of signs per entry. */
	private final int words;

	/** Each entry's signs, entry after entry (empty unless approximate). */
	private final long[] signs;

	/**
	 * @param approximate whether searches compare signs first (for a large library)
	 */
	VectorSnapshot(List<Entry> entries, boolean approximate) {
		this.entries = List.copyOf(entries);
		this.visibleFrom = this.entries.stream().mapToInt(Entry::visibleFrom).toArray();
		this.lastVisibleFrom = Arrays.stream(this.visibleFrom).max().orElse(0);
		this.approximate = approximate && !this.entries.isEmpty();
		int dimensions = this.approximate ? this.entries.get(0).vector().values().length : 0;
		this.words = (dimensions + Long.SIZE - 1) / Long.SIZE;
		this.mean = new float[dimensions];
		this.signs = new long[this.approximate ? this.entries.size() * this.words : 0];
		if (this.approximate) {
			for (Entry entry : this.entries) {
				byte[] values = entry.vector().values();
				for (int i = 0; i < dimensions; i++) {
					this.mean[i] += values[i] * entry.vector().scale();
				}
			}
			for (int i = 0; i < dimensions; i++) {
				this.mean[i] /= this.entries.size();
			}
			for (int e = 0; e < this.entries.size(); e++) {
				QuantizedVector vector = this.entries.get(e).vector();
				for (int i = 0; i < dimensions; i++) {
					if (vector.values()[i] * vector.scale() > this.mean[i]) {
						this.signs[e * this.words + i / Long.SIZE] |= 1L << (i % Long.SIZE);
					}
				}
			}
		}
	}

	int size() {
		return this.entries.size();
	}

	/** Whether searches compare signs first, then the nearest by them exactly. */
	boolean approximate() {
		return this.approximate;
	}

	List<Entry> entries() {
		return this.entries;
	}

	/** The k passages public on the day most similar to a unit query vector. */
	List<PassageMatch> nearest(float[] query, int k, int day) {
		if (this.entries.isEmpty() || k <= 0) {
			return List.of();
		}
		return this.approximate ? signNearest(query, k, day, k * CANDIDATES_PER_RESULT) : exactNearest(query, k, day);
	}

	/** As {@link #nearest}, by comparing with every passage. */
	List<PassageMatch> exactNearest(float[] query, int k, int day) {
		Best best = new Best(k);
		for (Entry entry : this.entries) {
			if (entry.visibleFrom() <= day) {
				best.offer(entry, entry.vector().dot(query));
			}
		}
		return best.sorted();
	}

	/**
	 * As {@link #nearest}, by comparing the query's signs with every passage's (the
	 * number of values on different sides of the mean), then the {@code candidates}
	 * nearest by that exactly (of those as far by signs as the last, the first in the
	 * library: many passages of one text share one vector).
	 */
	List<PassageMatch> signNearest(float[] query, int k, int day, int candidates) {
		short[] distance = signDistances(signs(query));
		int n = distance.length;
		int unseen = this.words * Long.SIZE + 1;
		if (day < this.lastVisibleFrom) {
			for (int e = 0; e < n; e++) {
				if (this.visibleFrom[e] > day) {
					distance[e] = (short) unseen;
				}
			}
		}
		int[] atDistance = new int[unseen + 1];
		for (int e = 0; e < n; e++) {
			atDistance[distance[e]]++;
		}
		int limit = 0;
		int closer = 0;
		for (; limit < unseen && closer + atDistance[limit] < candidates; limit++) {
			closer += atDistance[limit];
		}
		int atLimit = candidates - closer;
		int[] chosen = new int[Math.min(candidates, n)];
		int count = 0;
		for (int e = 0; e < n && count < chosen.length; e++) {
			if (distance[e] < limit || (distance[e] == limit && limit < unseen && atLimit-- > 0)) {
				chosen[count++] = e;
			}
		}
		Best best = new Best(k);
		double[] scores = new double[4];
		int c = 0;
		for (; c + 3 < count; c += 4) {
			dot4(chosen, c, query, scores);
			for (int j = 0; j < 4; j++) {
				best.offer(this.entries.get(chosen[c + j]), scores[j]);
			}
		}
		for (; c < count; c++) {
			Entry entry = this.entries.get(chosen[c]);
			best.offer(entry, entry.vector().dot(query));
		}
		return best.sorted();
	}

	/**
	 * Every passage's number of signs that differ from the query's. The model's 384
	 * values (six words) are compared in one unrolled step: the scan reads every
	 * passage's signs, so it is bound by memory, and the loop over words, not unrolled by
	 * the compiler, took twice as long.
	 */
	private short[] signDistances(long[] asked) {
		long[] signs = this.signs;
		short[] distance = new short[this.entries.size()];
		if (this.words == 6) {
			long q0 = asked[0];
			long q1 = asked[1];
			long q2 = asked[2];
			long q3 = asked[3];
			long q4 = asked[4];
			long q5 = asked[5];
			for (int e = 0, at = 0; e < distance.length; e++, at += 6) {
				distance[e] = (short) (Long.bitCount(signs[at] ^ q0) + Long.bitCount(signs[at + 1] ^ q1)
						+ Long.bitCount(signs[at + 2] ^ q2) + Long.bitCount(signs[at + 3] ^ q3)
						+ Long.bitCount(signs[at + 4] ^ q4) + Long.bitCount(signs[at + 5] ^ q5));
			}
			return distance;
		}
		for (int e = 0, at = 0; e < distance.length; e++, at += this.words) {
			int d = 0;
			for (int w = 0; w < this.words; w++) {
				d += Long.bitCount(signs[at + w] ^ asked[w]);
			}
			distance[e] = (short) d;
		}
		return distance;
	}

	/**
	 * The dot products of four candidates with the query, read side by side: each
	 * candidate's values are read from main memory, and four reads at once wait for
	 * memory about as long as one.
	 */
	private void dot4(int[] chosen, int at, float[] query, double[] scores) {
		QuantizedVector v0 = this.entries.get(chosen[at]).vector();
		QuantizedVector v1 = this.entries.get(chosen[at + 1]).vector();
		QuantizedVector v2 = this.entries.get(chosen[at + 2]).vector();
		QuantizedVector v3 = this.entries.get(chosen[at + 3]).vector();
		byte[] a = v0.values();
		byte[] b = v1.values();
		byte[] c = v2.values();
		byte[] d = v3.values();
		// Each sum in the same four runs as QuantizedVector.dot, so the scores are the
		// same to the last bit.
		float a0 = 0;
		float a1 = 0;
		float a2 = 0;
		float a3 = 0;
		float b0 = 0;
		float b1 = 0;
		float b2 = 0;
		float b3 = 0;
		float c0 = 0;
		float c1 = 0;
		float c2 = 0;
		float c3 = 0;
		float d0 = 0;
		float d1 = 0;
		float d2 = 0;
		float d3 = 0;
		int i = 0;
		for (; i + 3 < query.length; i += 4) {
			float q0 = query[i];
			float q1 = query[i + 1];
			float q2 = query[i + 2];
			float q3 = query[i + 3];
			a0 += a[i] * q0;
			a1 += a[i + 1] * q1;
			a2 += a[i + 2] * q2;
			a3 += a[i + 3] * q3;
			b0 += b[i] * q0;
			b1 += b[i + 1] * q1;
			b2 += b[i + 2] * q2;
			b3 += b[i + 3] * q3;
			c0 += c[i] * q0;
			c1 += c[i + 1] * q1;
			c2 += c[i + 2] * q2;
			c3 += c[i + 3] * q3;
			d0 += d[i] * q0;
			d1 += d[i + 1] * q1;
			d2 += d[i + 2] * q2;
			d3 += d[i + 3] * q3;
		}
		for (; i < query.length; i++) {
			a0 += a[i] * query[i];
			b0 += b[i] * query[i];
			c0 += c[i] * query[i];
			d0 += d[i] * query[i];
		}
		scores[0] = (a0 + a1 + a2 + a3) * v0.scale();
		scores[1] = (b0 + b1 + b2 + b3) * v1.scale();
		scores[2] = (c0 + c1 + c2 + c3) * v2.scale();
		scores[3] = (d0 + d1 + d2 + d3) * v3.scale();
	}

	/** A query's signs: a bit for each value above the mean's. */
	private long[] signs(float[] vector) {
		long[] signs = new long[this.words];
		for (int i = 0; i < this.mean.length; i++) {
			if (vector[i] > this.mean[i]) {
				signs[i / Long.SIZE] |= 1L << (i % Long.SIZE);
			}
		}
		return signs;
	}

	/** The k best passages offered so far. */
	private static final class Best {

		private final PriorityQueue<PassageMatch> kept = new PriorityQueue<>(
				Comparator.comparingDouble(PassageMatch::score));

		private final int k;

		Best(int k) {
			this.k = k;
		}

		void offer(Entry entry, double score) {
			if (this.kept.size() < this.k) {
				this.kept.add(new PassageMatch(entry.articleId(), entry.position(), score));
			}
			else if (score > this.kept.peek().score()) {
				this.kept.poll();
				this.kept.add(new PassageMatch(entry.articleId(), entry.position(), score));
			}
		}

		List<PassageMatch> sorted() {
			List<PassageMatch> sorted = new ArrayList<>(this.kept);
			sorted.sort(Comparator.comparingDouble(PassageMatch::score).reversed());
			return sorted;
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
