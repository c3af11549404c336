package org.myositisguide.content;

import java.time.LocalDate;
import java.util.List;

/**
 * An article as written: its front matter fields and Markdown body, plus the rendered
 * HTML when it had to be rendered (null when the indexed copy is already current).
 *
 * @param heading the page's heading: the front matter's short {@code heading}, or the
 * title (which stays the page's {@code <title>})
 */
public record ArticleSource(String slug, String path, String hash, String title, String heading, String summary,
		List<String> tags, LocalDate published, LocalDate updated, LocalDate checked, LocalDate reviewDue,
		String status, List<String> audience, List<String> affects, List<String> aliases, List<String> related,
		List<String> keyPoints, List<String> questions, List<String> changes, List<Reference> references,
		MarkdownRenderer.Rendered rendered) {

	public boolean isDraft() {
		return "draft".equals(this.status);
	}

	/**
	 * The day readers may first see the article: its publication date, or none for a
	 * draft.
	 */
	public LocalDate visibleFrom() {
		return isDraft() ? null : this.published;
	}

	/**
	 * The article's passages: its summary and key points, then those of its rendered
	 * body.
	 */
	public List<Passage> passages() {
		List<Passage> passages = new java.util.ArrayList<>();
		String opening = (this.summary + " " + String.join(" ", this.keyPoints)).strip();
		passages.add(new Passage(null, null, opening, opening, List.of()));
		if (this.rendered != null) {
			passages.addAll(this.rendered.passages());
		}
		return passages;
	}

	public ArticleSource withHash(String hash) {
		return new ArticleSource(this.slug, this.path, hash, this.title, this.heading, this.summary, this.tags,
				this.published, this.updated, this.checked, this.reviewDue, this.status, this.audience, this.affects,
				this.aliases, this.related, this.keyPoints, this.questions, this.changes, this.references,
				this.rendered);
	}

	public ArticleSource withRendered(MarkdownRenderer.Rendered rendered) {
		return new ArticleSource(this.slug, this.path, this.hash, this.title, this.heading, this.summary, this.tags,
				this.published, this.updated, this.checked, this.reviewDue, this.status, this.audience, this.affects,
				this.aliases, this.related, this.keyPoints, this.questions, this.changes, this.references, rendered);
	}

}
