package org.myositisguide.editor;

import java.time.Instant;

/**
 * One stored version of a content file.
 *
 * @param path the file, relative to the content folder (e.g. {@code articles/x.md})
 * @param author the editor who saved it ({@code disk} for a version found on disk)
 * @param action what the save was: {@code save}, {@code create}, {@code restore},
 * {@code checked} or {@code on disk}
 * @param note the editor's note of what changed, or null
 */
public record Revision(long id, String path, String author, Instant savedAt, String action, String content, String hash,
		String note) {

	/** The article slug, for revisions of articles. */
	public String slug() {
		String name = this.path.substring(this.path.lastIndexOf('/') + 1);
		return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
	}

}
