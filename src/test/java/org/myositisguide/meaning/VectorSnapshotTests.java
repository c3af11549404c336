package org.myositisguide.meaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The nearest passages, by comparing with every passage and by comparing signs first, on
 * vectors made in groups (as passages of one subject are near each other).
 */
class VectorSnapshotTests {

	private static final int DIMENSIONS = 384;

	@Test
	void quantizedDotProductsAreCloseToTheExactOnes() {
		Random random = new Random(7);
		for (int n = 0; n < 100; n++) {
			float[] a = unit(random, DIMENSIONS);
			float[] b = unit(random, DIMENSIONS);
			double exact = 0;
			for (int i = 0; i < DIMENSIONS; i++) {
				exact += a[i] * b[i];
			}
			assertThat(QuantizedVector.of(a).dot(b)).isCloseTo(exact, within(0.01));
		}
	}

	@Test
	void comparingSignsFirstFindsNearlyAllOfTheNearestAndScoresThemExactly() {
		Random random = new Random(42);
		List<float[]> centres = new ArrayList<>();
		for (int c = 0; c < 60; c++) {
			centres.add(unit(random, DIMENSIONS));
		}
		List<VectorSnapshot.Entry> entries = new ArrayList<>();
		for (int i = 0; i < 4000; i++) {
			float[] vector = near(random, centres.get(i % centres.size()), 0.6);
			entries.add(new VectorSnapshot.Entry(i / 10, i % 10, "h" + i, 0, QuantizedVector.of(vector)));
		}
		VectorSnapshot exact = new VectorSnapshot(entries, false);
		VectorSnapshot approximate = new VectorSnapshot(entries, true);
		assertThat(approximate.approximate()).isTrue();
		int found = 0;
		int queries = 50;
		for (int q = 0; q < queries; q++) {
			float[] query = near(random, centres.get(random.nextInt(centres.size())), 0.8);
			List<PassageMatch> expected = exact.nearest(query, 20, 0);
			List<PassageMatch> actual = approximate.signNearest(query, 20, 0, 200);
			assertThat(actual).hasSize(20);
			for (PassageMatch match : actual) {
				if (expected.contains(match)) {
					found++;
				}
			}
			assertThat(actual.get(0).score()).isGreaterThanOrEqualTo(actual.get(19).score());
		}
		assertThat(found / (20.0 * queries)).as("share of the exact 20 nearest found").isGreaterThan(0.95);
	}

	@Test
	void passagesNotYetPublicAreNeverFound() {
		// The model's 384 values, and another model's 100 (signs compared word by word).
		for (int dimensions : new int[] { DIMENSIONS, 100 }) {
			Random random = new Random(3);
			List<VectorSnapshot.Entry> entries = new ArrayList<>();
			for (int i = 0; i < 500; i++) {
				entries.add(new VectorSnapshot.Entry(i, 0, "h" + i, (i % 2 == 0) ? 100 : 200,
						QuantizedVector.of(unit(random, dimensions))));
			}
			for (boolean approximate : new boolean[] { false, true }) {
				List<PassageMatch> found = new VectorSnapshot(entries, approximate).nearest(unit(random, dimensions),
						30, 150);
				assertThat(found).hasSize(30).allSatisfy((match) -> assertThat(match.articleId() % 2).isZero());
			}
		}
	}

	private static float[] near(Random random, float[] centre, double spread) {
		float[] noise = unit(random, centre.length);
		float[] vector = new float[centre.length];
		for (int i = 0; i < vector.length; i++) {
			vector[i] = (float) (centre[i] + spread * noise[i]);
		}
		return Embedder.unit(vector);
	}

	private static float[] unit(Random random, int dimensions) {
		float[] vector = new float[dimensions];
		for (int i = 0; i < dimensions; i++) {
			vector[i] = (float) random.nextGaussian();
		}
		return Embedder.unit(vector);
	}

}
