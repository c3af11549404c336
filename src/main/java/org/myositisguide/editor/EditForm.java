package org.myositisguide.editor;

import java.util.ArrayList;
import java.util.List;

import org.myositisguide.content.Problem;
import org.myositisguide.content.SourceFile;

/**
 * The edit form: an article's front matter and Markdown in two fields, and the hash of
 * the file as it was when the editor opened it (to detect conflicting changes).
 */
public record EditForm(String slug, String frontMatter, String body, String baseHash) {

	public EditForm {
		frontMatter = (frontMatter != null) ? frontMatter.replace("\r\n", "\n").strip() : "";
		body = (body != null) ? body.replace("\r\n", "\n") : "";
		baseHash = (baseHash != null) ? baseHash : "";
	}

	/** The form filled from a file's text. */
	static EditForm of(String slug, String text, String hash) {
		SourceFile file = SourceFile.parse("", text);
		if (!file.hasFrontMatter()) {
			return new EditForm(slug, "", file.body(), hash);
		}
		return new EditForm(slug, file.frontMatter(), file.body(), hash);
	}

	/** The whole file, as it will be saved. */
	String text() {
		return "---\n" + this.frontMatter + "\n---\n" + this.body;
	}

	/**
	 * The problems of {@link #text()}, each placed beside the field and line it concerns.
	 */
	List<FieldProblem> place(List<Problem> problems) {
		int frontMatterLines = (int) this.frontMatter.lines().count();
		int bodyStart = frontMatterLines + 3;
		List<FieldProblem> placed = new ArrayList<>();
		for (Problem problem : problems) {
			int line = problem.line();
			String field;
			int fieldLine;
			if (line >= 2 && line < bodyStart - 1) {
				field = "frontMatter";
				fieldLine = line - 1;
			}
			else if (line >= bodyStart) {
				field = "body";
				fieldLine = line - bodyStart + 1;
			}
			else {
				field = "frontMatter";
				fieldLine = 0;
			}
			placed.add(new FieldProblem(field, fieldLine, problem.isError(), problem.message()));
		}
		return placed;
	}

	/**
	 * A problem shown beside a field.
	 *
	 * @param line the line within the field, 0 when it concerns the whole field
	 */
	public record FieldProblem(String field, int line, boolean error, String message) {

		public String label() {
			String where = "frontMatter".equals(this.field) ? "Front matter" : "Markdown";
			return (this.error ? "Error" : "Warning") + " · " + where + ((this.line > 0) ? ", line " + this.line : "");
		}

	}

}
