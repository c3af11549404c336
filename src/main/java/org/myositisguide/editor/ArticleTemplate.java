package org.myositisguide.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The starting text of a new article: a draft with the required front matter and the
 * sections every article needs (including when to get urgent help), from
 * {@code editor/article-template.md} on the classpath.
 */
@Component
class ArticleTemplate {

	private final String template;

	ArticleTemplate() {
		try {
			this.template = new ClassPathResource("editor/article-template.md")
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String render(String title, String tag, LocalDate today) {
		String quoted = "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		return this.template.replace("{{title}}", quoted)
			.replace("{{tag}}", tag)
			.replace("{{today}}", today.toString());
	}

}
