package org.myositisguide.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.myositisguide.meaning.Embedder;

import org.springframework.stereotype.Component;

/**
 * What the guide is not about ({@code search/out-of-scope.txt}): everyday health problems
 * and other subjects, each embedded once. A query much nearer in meaning to one of these
 * than to any passage of the guide is off-topic.
 */
@Component
class OffTopic {

	private final Embedder embedder;

	private final List<String> subjects;

	private volatile List<float[]> vectors;

	OffTopic(Embedder embedder) {
		this.embedder = embedder;
		try (InputStream in = OffTopic.class.getResourceAsStream("/search/out-of-scope.txt")) {
			this.subjects = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The cosine similarity of a unit query vector and the nearest subject the guide is
	 * not about; -1 while the model is not ready.
	 */
	double nearest(float[] query) {
		List<float[]> current = vectors();
		double best = -1;
		for (float[] subject : current) {
			double dot = 0;
			for (int i = 0; i < subject.length; i++) {
				dot += subject[i] * query[i];
			}
			best = Math.max(best, dot);
		}
		return best;
	}

	private List<float[]> vectors() {
		List<float[]> current = this.vectors;
		if (current == null && this.embedder.ready()) {
			synchronized (this) {
				current = this.vectors;
				if (current == null) {
					current = this.subjects.stream().map(this.embedder::query).toList();
					this.vectors = current;
				}
			}
		}
		return (current != null) ? current : List.of();
	}

}
