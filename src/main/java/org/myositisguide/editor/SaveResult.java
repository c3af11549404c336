package org.myositisguide.editor;

import java.util.List;

import org.myositisguide.content.Problem;

/**
 * What happened to a save: written, refused because the text has errors, refused because
 * the file changed on disk meanwhile, or failed while writing. Only {@link Saved} changed
 * anything.
 */
public sealed interface SaveResult {

	/** Why nothing was written, in words for the editor ("saved" when it was). */
	default String explain() {
		if (this instanceof Invalid invalid) {
			return invalid.problems()
				.stream()
				.filter(Problem::isError)
				.map(Problem::toString)
				.reduce((a, b) -> a + "; " + b)
				.orElse("the file has errors");
		}
		if (this instanceof Conflict) {
			return "the file changed on disk meanwhile";
		}
		if (this instanceof Failed failed) {
			return failed.reason();
		}
		return "saved";
	}

	/** Written atomically, stored as a revision and indexed. */
	record Saved(String hash, List<Problem> warnings) implements SaveResult {
	}

	/** Not written: the text has errors. */
	record Invalid(List<Problem> problems) implements SaveResult {
	}

	/**
	 * Not written: someone changed the file since the editor opened it.
	 *
	 * @param current the file as it is on disk now (empty if it was deleted)
	 */
	record Conflict(String current, String currentHash) implements SaveResult {
	}

	/** Not written: the disk refused (full, read-only, permissions). */
	record Failed(String reason) implements SaveResult {
	}

}
