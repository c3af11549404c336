package org.myositisguide.bench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;

/**
 * Stores a stand-in vector for every passage of a benchmark database that has none, so
 * that search by meaning can be timed at 10,000 articles without first spending more than
 * an hour embedding 160,000 passages on two cores. Each stand-in is made from the
 * passage's own words (each word hashed to one of 384 dimensions with a sign, then
 * normalized), so passages that share words are near each other, as real embeddings of
 * related texts are, and the signs compared first have a realistic spread. The vectors
 * mean nothing to the model: results found by meaning in such a run are not an answer to
 * anything; only the time and memory of search are worth reading. The time to embed a
 * library for real is measured by {@code bench/search.sh} without {@code STAND_IN}.
 *
 * <pre>
 * StandInVectors &lt;jdbc-url&gt; [model]
 * </pre>
 */
public final class StandInVectors {

	private static final int DIMENSIONS = 384;

	private StandInVectors() {
	}

	public static void main(String[] args) throws Exception {
		String model = (args.length > 1) ? args[1] : "all-minilm-l6-v2-q";
		long start = System.nanoTime();
		int stored = 0;
		try (Connection db = DriverManager.getConnection(args[0])) {
			db.setAutoCommit(false);
			try (PreparedStatement read = db.prepareStatement("""
					select distinct p.hash, p.own_text from passage p
					where not exists (select 1 from passage_vector v where v.model = ? and v.hash = p.hash)""");
					PreparedStatement write = db.prepareStatement(
							"insert into passage_vector (model, hash, vector) values (?, ?, ?) on conflict do nothing")) {
				read.setString(1, model);
				read.setFetchSize(2000);
				try (ResultSet rows = read.executeQuery()) {
					while (rows.next()) {
						write.setString(1, model);
						write.setString(2, rows.getString(1));
						write.setBytes(3, stored(vector(rows.getString(2))));
						write.addBatch();
						if (++stored % 2000 == 0) {
							write.executeBatch();
						}
					}
				}
				write.executeBatch();
			}
			db.commit();
		}
		System.out.printf("stand-in vectors: %d stored in %d ms%n", stored, (System.nanoTime() - start) / 1_000_000);
	}

	/** A unit vector from a text's words: each word adds one to a dimension, signed. */
	static float[] vector(String text) {
		float[] vector = new float[DIMENSIONS];
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (word.length() < 3) {
				continue;
			}
			int hash = word.hashCode() * 0x9E3779B9;
			vector[Math.floorMod(hash, DIMENSIONS)] += ((hash >>> 31) == 0) ? 1 : -1;
		}
		double norm = 0;
		for (float v : vector) {
			norm += v * v;
		}
		if (norm == 0) {
			vector[0] = 1;
			return vector;
		}
		float scale = (float) (1 / Math.sqrt(norm));
		for (int i = 0; i < DIMENSIONS; i++) {
			vector[i] *= scale;
		}
		return vector;
	}

	/** As the site stores vectors: little-endian 32-bit floats. */
	private static byte[] stored(float[] vector) {
		ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		for (float v : vector) {
			buffer.putFloat(v);
		}
		return buffer.array();
	}

}
