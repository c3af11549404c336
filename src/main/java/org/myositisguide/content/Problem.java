package org.myositisguide.content;

/**
 * One problem found in a content file, printed as
 * {@code path:line: error|warning: message}.
 *
 * @param path the file, as a path under the content folder's parent (e.g.
 * {@code content/articles/x.md})
 * @param line 1-based line number, 0 when the problem concerns the whole file
 */
public record Problem(String path, int line, Severity severity, String message) {

	public static Problem error(String path, int line, String message) {
		return new Problem(path, line, Severity.ERROR, message);
	}

	public static Problem warning(String path, int line, String message) {
		return new Problem(path, line, Severity.WARNING, message);
	}

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

	@Override
	public String toString() {
		return this.path + ":" + Math.max(this.line, 1) + ": " + this.severity.label() + ": " + this.message;
	}

}
