package org.myositisguide.meaning;

import org.springframework.stereotype.Component;

/** Reads the state of search by meaning from its owners. */
@Component
public class MeaningMonitor {

	private final Embedder embedder;

	private final PassageVectors vectors;

	private final PassageEmbedding embedding;

	MeaningMonitor(Embedder embedder, PassageVectors vectors, PassageEmbedding embedding) {
		this.embedder = embedder;
		this.vectors = vectors;
		this.embedding = embedding;
	}

	public MeaningStatus status() {
		PassageVectors.Progress progress = this.vectors.progress();
		return new MeaningStatus(this.embedder.model(), this.embedder.state(), Math.max(0, progress.passages()),
				progress.searchable(), progress.approximate(), this.embedding.lastRun());
	}

}
