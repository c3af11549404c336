package org.myositisguide.editor;

import java.util.ArrayList;
import java.util.List;

import org.myositisguide.content.Problem;
import org.myositisguide.content.SourceFile;

import org.springframework.util.MultiValueMap;

/**
 * The edit form: an article's front matter as fields, its Markdown, and the hash of the
 * file as it was when the editor opened it (to detect conflicting changes).
 */
public record EditForm(String slug, ArticleFields fields, String body, String baseHash, String keptFrontMatter) {

	public EditForm(String slug, ArticleFields fields, String body, String baseHash) {
		this(slug, fields, body, baseHash, null);
	}

	public EditForm {
		body = (body != null) ? body.replace("\r\n", "\n") : "";
		baseHash = (baseHash != null) ? baseHash : "";
	}

	/** The form filled from a file's text. */
	static EditForm of(String slug, String text, String hash) {
		SourceFile file = SourceFile.parse("", text);
		if (!file.hasFrontMatter()) {
			return new EditForm(slug, ArticleFields.fromYaml(""), file.body(), hash);
		}
		return new EditForm(slug, ArticleFields.fromYaml(file.frontMatter()), file.body(), hash,
				file.frontMatter().strip());
	}

	/** Whether a file's text makes its article public (now or on its date). */
	static boolean publishes(String text) {
		return of("", text, "").fields().publishes();
	}

	/**
	 * The form as posted: the fields, or (from the conflict and preview pages) the front
	 * matter as one block of YAML.
	 */
	static EditForm posted(String slug, MultiValueMap<String, String> form) {
		String raw = form.getFirst("frontMatter");
		ArticleFields fields = (raw != null) ? ArticleFields.fromYaml(raw) : ArticleFields.fromForm(form);
		return new EditForm(slug, fields, form.getFirst("body"), form.getFirst("baseHash"));
	}

	EditForm withFields(ArticleFields newFields) {
		return newFields.equals(this.fields) ? this
				: new EditForm(this.slug, newFields, this.body, this.baseHash, null);
	}

	/**
	 * The form that writes a file's front matter exactly as it was when the fields say
	 * the same (so that a change to the text alone changes only the text).
	 */
	EditForm keepingFrontMatterOf(String stored) {
		SourceFile file = SourceFile.parse("", stored);
		if (file.hasFrontMatter() && ArticleFields.fromYaml(file.frontMatter()).equals(this.fields)) {
			return new EditForm(this.slug, this.fields, this.body, this.baseHash, file.frontMatter().strip());
		}
		return this;
	}

	/** The front matter as YAML, as it will be saved. */
	public String frontMatter() {
		return (this.keptFrontMatter != null) ? this.keptFrontMatter : this.fields.yamlText();
	}

	/** The whole file, as it will be saved. */
	String text() {
		return "---\n" + frontMatter() + "\n---\n" + this.body;
	}

	/**
	 * The problems of {@link #text()}, each placed beside the field and line it concerns.
	 */
	List<FieldProblem> place(List<Problem> problems) {
		List<String> fieldOfLine = ArticleFields.fieldsOfLines(frontMatter());
		int bodyStart = fieldOfLine.size() + 3;
		List<FieldProblem> placed = new ArrayList<>();
		for (Problem problem : problems) {
			int line = problem.line();
			if (line >= 2 && line < bodyStart - 1) {
				placed.add(new FieldProblem(fieldOfLine.get(line - 2), 0, problem.isError(), problem.message()));
			}
			else if (line >= bodyStart) {
				placed.add(new FieldProblem("body", line - bodyStart + 1, problem.isError(), problem.message()));
			}
			else {
				placed.add(new FieldProblem(namedField(problem.message()), 0, problem.isError(), problem.message()));
			}
		}
		return placed;
	}

	/**
	 * The field a message about the whole front matter names, as in "missing 'title'".
	 */
	private static String namedField(String message) {
		java.util.regex.Matcher named = java.util.regex.Pattern.compile("'([a-z-]+)'").matcher(message);
		return named.find() ? ArticleFields.fieldOfKey(named.group(1)) : "other";
	}

	/**
	 * A problem shown beside a field.
	 *
	 * @param line the line within the Markdown, 0 for the fields
	 */
	public record FieldProblem(String field, int line, boolean error, String message) {

		public String label() {
			return (this.error ? "Error" : "Warning") + " · " + fieldName(this.field)
					+ ((this.line > 0) ? ", line " + this.line : "");
		}

		private static String fieldName(String field) {
			return switch (field) {
				case "title" -> "Title";
				case "heading" -> "Short heading";
				case "summary" -> "Summary";
				case "tags" -> "Topics";
				case "published" -> "Publication date";
				case "updated" -> "Updated";
				case "checked" -> "Checked against sources";
				case "reviewDue" -> "Review due";
				case "status" -> "Status";
				case "audience" -> "Written for";
				case "keyPoints" -> "Key points";
				case "questions" -> "Questions to ask";
				case "references" -> "References";
				case "body" -> "Markdown";
				default -> "Other front matter";
			};
		}

	}

}
