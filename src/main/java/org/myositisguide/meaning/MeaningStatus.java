package org.myositisguide.meaning;

/**
 * How far search by meaning reaches now, for the health endpoint and the editors'
 * dashboard.
 *
 * @param model the embedding model's name
 * @param state "ready", "loading", "off ..." or "failed to load: ..."
 * @param passages public passages in the index
 * @param searchable those that can be found by meaning
 * @param approximate whether searches compare signs first, then the nearest by them
 * exactly (a large library)
 * @param embedding the last embedding run
 */
public record MeaningStatus(String model, String state, int passages, int searchable, boolean approximate,
		PassageEmbedding.Run embedding) {

	/** Whether search by meaning was turned off on purpose. */
	public boolean off() {
		return this.state.startsWith("off");
	}

	/** Whether every public passage can be found by meaning. */
	public boolean complete() {
		return "ready".equals(this.state) && this.passages >= 0 && this.searchable >= this.passages;
	}

	/** Share (0 to 100) of the public passages that can be found by meaning. */
	public int percent() {
		return (this.passages <= 0) ? 100 : (int) Math.floor(100.0 * this.searchable / this.passages);
	}

}
