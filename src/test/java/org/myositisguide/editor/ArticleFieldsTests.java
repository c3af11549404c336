package org.myositisguide.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.myositisguide.content.ArticleSource;
import org.myositisguide.content.ContentLoader;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edit form's fields: every shipped article goes through the form and back to a file
 * that reads exactly as before; posted fields become quoted YAML; a key the form has no
 * field for, or a value of the wrong shape, is kept as it was.
 */
class ArticleFieldsTests {

	private static final Path CONTENT = Path.of("content");

	@Test
	void everyShippedArticleReadsTheSameAfterGoingThroughTheForm() throws IOException {
		ContentLoader loader = new ContentLoader();
		List<Path> files;
		try (Stream<Path> listed = Files.list(CONTENT.resolve("articles"))) {
			files = listed.filter((p) -> p.toString().endsWith(".md")).sorted().toList();
		}
		assertThat(files).hasSizeGreaterThan(30);
		for (Path file : files) {
			String slug = file.getFileName().toString().replace(".md", "");
			String text = Files.readString(file);
			ContentLoader.ArticleCheck before = loader.checkArticle(CONTENT, slug, text);
			EditForm form = EditForm.of(slug, text, "");
			ContentLoader.ArticleCheck after = loader.checkArticle(CONTENT, slug, form.text());
			assertThat(after.problems()).as(slug).isEqualTo(before.problems());
			assertThat(same(after.article())).as(slug).isEqualTo(same(before.article()));
			assertThat(EditForm.of(slug, form.text(), "").text()).as(slug + ", a second time").isEqualTo(form.text());
		}
	}

	@Test
	void postedFieldsBecomeQuotedYamlAndEmptyRowsAndRemovedRowsAreLeftOut() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("title", "Steroids: \"what\" to # know\\");
		form.add("summary", "  Two lines\r\nof summary.  ");
		form.add("tags", "myositis");
		form.add("tags", "steroid-treatment");
		form.add("published", "2026-01-02");
		form.add("checked", "not a date");
		form.add("status", "draft");
		form.add("audience", "patients");
		form.add("audience", "<script>");
		form.add("keyPoints", "First point.\n\n  Second: point.  \n");
		for (String[] row : new String[][] { { "Kept", "BSR", "2023", "https://example.org/a" },
				{ "Removed", "", "", "" }, { "", "", "", "" }, { "Odd year", "", "20x3", "" } }) {
			form.add("refTitle", row[0]);
			form.add("refPublisher", row[1]);
			form.add("refYear", row[2]);
			form.add("refUrl", row[3]);
		}
		form.add("refRemove", "1");
		form.add("other", "affects: [hips]\r\n");
		ArticleFields fields = ArticleFields.fromForm(form);
		assertThat(fields.yamlText()).isEqualTo("""
				title: "Steroids: \\"what\\" to # know\\\\"
				summary: "Two lines\\nof summary."
				tags: [myositis, steroid-treatment]
				published: 2026-01-02
				checked: "not a date"
				status: draft
				audience: [patients]
				key-points:
				  - "First point."
				  - "Second: point."
				affects: [hips]
				references:
				  - title: "Kept"
				    publisher: "BSR"
				    year: 2023
				    url: "https://example.org/a"
				  - title: "Odd year"
				    year: "20x3\"""");
		ArticleFields read = ArticleFields.fromYaml(fields.yamlText());
		assertThat(read.title()).isEqualTo("Steroids: \"what\" to # know\\");
		assertThat(read.references()).hasSize(2);
		assertThat(read.other()).isEqualTo("affects:\n- hips");
	}

	@Test
	void valuesOfTheWrongShapeAndBrokenYamlStayAsTheyWere() {
		ArticleFields odd = ArticleFields.fromYaml("title: [a, list]\ntags: just-one\nsummary: Fine.\n");
		assertThat(odd.title()).isEmpty();
		assertThat(odd.summary()).isEqualTo("Fine.");
		assertThat(odd.other()).contains("title:", "tags: just-one");
		String broken = "title: \"unclosed\nsummary: x";
		ArticleFields kept = ArticleFields.fromYaml(broken);
		assertThat(kept.other()).isEqualTo(broken);
		assertThat(kept.yamlText()).isEqualTo(broken);
	}

	private static List<Object> same(ArticleSource a) {
		return List.of(a.title(), a.heading(), a.summary(), a.tags(), String.valueOf(a.published()),
				String.valueOf(a.updated()), String.valueOf(a.checked()), String.valueOf(a.reviewDue()), a.status(),
				a.audience(), a.affects(), a.aliases(), a.related(), a.keyPoints(), a.questions(), a.changes(),
				a.references(), a.rendered().html());
	}

}
