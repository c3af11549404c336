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

	/** The dot product with a float vector (cosine, both being unit vectors). */
	double dot(float[] other) {
		float sum = 0;
		byte[] v = this.values;
		for (int i = 0; i < v.length; i++) {
			sum += v[i] * other[i];
		}
		return sum * this.scale;
	}

	/** The dot product with another quantized vector. */
	double dot(QuantizedVector other) {
		int sum = 0;
		byte[] a = this.values;
		byte[] b = other.values;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum * (double) this.scale * other.scale;
	}

}
