package org.myositisguide.meaning;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A unit vector kept as signed bytes and one scale: each value is the byte times the
 * scale, the largest value mapped to 127. Similarities computed from it differ from the
 * float ones by about a hundredth.
 */
record QuantizedVector(byte[] values, float scale) {

	static QuantizedVector of(float[] vector) {
		float max = 0;
		for (float v : vector) {
			max = Math.max(max, Math.abs(v));
		}
		float scale = (max == 0) ? 1 : max / 127f;
		byte[] values = new byte[vector.length];
		for (int i = 0; i < vector.length; i++) {
			values[i] = (byte) Math.round(vector[i] / scale);
		}
		return new QuantizedVector(values, scale);
	}

	/** Reads a vector stored as little-endian 32-bit floats. */
	static QuantizedVector fromStored(byte[] stored) {
		return of(floats(stored));
	}

	static float[] floats(byte[] stored) {
		ByteBuffer buffer = ByteBuffer.wrap(stored).order(ByteOrder.LITTLE_ENDIAN);
		float[] vector = new float[stored.length / Float.BYTES];
		buffer.asFloatBuffer().get(vector);
		return vector;
	}

	/** A vector as stored: little-endian 32-bit floats. */
	static byte[] stored(float[] vector) {
		ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		buffer.asFloatBuffer().put(vector);
		return buffer.array();
	}

	/** The vector as floats again (approximately the vector it was made from). */
	float[] floats() {
		float[] floats = new float[this.values.length];
		for (int i = 0; i < floats.length; i++) {
			floats[i] = this.values[i] * this.scale;
		}
		return floats;
	}

	/**
	 * The dot product with a float vector (cosine, both being unit vectors), summed in
	 * four independent runs so that the processor need not wait for each addition.
	 */
	double dot(float[] other) {
		byte[] v = this.values;
		float s0 = 0;
		float s1 = 0;
		float s2 = 0;
		float s3 = 0;
		int i = 0;
		for (; i + 3 < v.length; i += 4) {
			s0 += v[i] * other[i];
			s1 += v[i + 1] * other[i + 1];
			s2 += v[i + 2] * other[i + 2];
			s3 += v[i + 3] * other[i + 3];
		}
		for (; i < v.length; i++) {
			s0 += v[i] * other[i];
		}
		return (s0 + s1 + s2 + s3) * this.scale;
	}

}
