package org.myositisguide.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.myositisguide.content.SourceFile;

/**
 * What a change does to an article's front matter, field by field, in the words of the
 * edit form (rather than as lines of YAML).
 */
final class FieldChanges {

	private FieldChanges() {
	}

	/** A field whose value changes. */
	record Change(String field, String before, String after) {
	}

	static List<Change> between(String beforeText, String afterText) {
		ArticleFields before = fields(beforeText);
		ArticleFields after = fields(afterText);
		List<Change> changes = new ArrayList<>();
		add(changes, "Title", before, after, ArticleFields::title);
		add(changes, "Short heading", before, after, ArticleFields::heading);
		add(changes, "Summary", before, after, ArticleFields::summary);
		add(changes, "Topics", before, after, (f) -> String.join(", ", f.tags()));
		add(changes, "Publication date", before, after, ArticleFields::published);
		add(changes, "Updated", before, after, ArticleFields::updated);
		add(changes, "Checked against sources", before, after, ArticleFields::checked);
		add(changes, "Review due", before, after, ArticleFields::reviewDue);
		add(changes, "Status", before, after, ArticleFields::status);
		add(changes, "Written for", before, after, (f) -> String.join(", ", f.audience()));
		add(changes, "Key points", before, after, ArticleFields::keyPoints);
		add(changes, "Questions to ask", before, after, ArticleFields::questions);
		add(changes, "References", before, after,
				(f) -> String.join("\n",
						f.references()
							.stream()
							.map((r) -> String.join(" · ", r.entries().stream().map((entry) -> entry[1]).toList()))
							.toList()));
		add(changes, "Other front matter", before, after, ArticleFields::other);
		return changes;
	}

	/** The Markdown of a file's text, without its front matter. */
	static String body(String text) {
		return SourceFile.parse("", text).body();
	}

	private static ArticleFields fields(String text) {
		SourceFile file = SourceFile.parse("", text);
		return ArticleFields.fromYaml(file.hasFrontMatter() ? file.frontMatter() : "");
	}

	private static void add(List<Change> changes, String label, ArticleFields before, ArticleFields after,
			Function<ArticleFields, String> value) {
		String old = value.apply(before);
		String now = value.apply(after);
		if (!old.equals(now)) {
			changes.add(new Change(label, old, now));
		}
	}

}
