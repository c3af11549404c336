package org.myositisguide.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a deterministic corpus of N valid articles (about 1,000 words each) into a
 * content folder, beside the shipped articles, topics, glossary, synonyms and site text,
 * for index and search benchmarks. Usage:
 * {@code CorpusGenerator <target-dir> <count> [words]}.
 */
public final class CorpusGenerator {

	private static final Path SHIPPED = Path.of("content");

	/** Urgent or emergency signs every generated article may include. */
	private static final List<String> URGENT_SIGNS = List.of("breathing-emergency", "breathing-getting-worse",
			"chest-pain-or-collapse", "choking", "swallowing-getting-worse", "infection-on-treatment");

	private final Random random = new Random(20261126L);

	private final List<String> words;

	private final List<String> tags;

	private CorpusGenerator(List<String> words, List<String> tags) {
		this.words = words;
		this.tags = tags;
	}

	public static void main(String[] args) throws IOException {
		Path target = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		int wordsPerArticle = (args.length > 2) ? Integer.parseInt(args[2]) : 1000;
		long start = System.nanoTime();
		generate(target, count, wordsPerArticle);
		System.out.printf("Wrote %d articles to %s in %d ms%n", count, target, (System.nanoTime() - start) / 1_000_000);
	}

	public static void generate(Path target, int count, int wordsPerArticle) throws IOException {
		Files.createDirectories(target.resolve("articles"));
		for (String folder : List.of("tags", "glossary", "search", "urgent", "pages", "articles")) {
			copyFolder(SHIPPED.resolve(folder), target.resolve(folder));
		}
		Files.copy(SHIPPED.resolve("site.yml"), target.resolve("site.yml"), StandardCopyOption.REPLACE_EXISTING);
		List<String> tags;
		try (Stream<Path> files = Files.list(target.resolve("tags"))) {
			tags = files.map((p) -> p.getFileName().toString().replace(".md", "")).sorted().toList();
		}
		CorpusGenerator generator = new CorpusGenerator(vocabulary(), tags);
		for (int i = 1; i <= count; i++) {
			Files.writeString(target.resolve("articles").resolve(String.format("generated-%05d.md", i)),
					generator.article(i, wordsPerArticle));
		}
	}

	private String article(int n, int wordCount) {
		List<String> articleTags = new ArrayList<>();
		int tagCount = 1 + this.random.nextInt(4);
		while (articleTags.size() < tagCount) {
			String tag = this.tags.get(this.random.nextInt(this.tags.size()));
			if (!articleTags.contains(tag)) {
				articleTags.add(tag);
			}
		}
		LocalDate published = LocalDate.of(2020, 1, 1).plusDays(this.random.nextInt(2000));
		StringBuilder body = new StringBuilder();
		int written = 0;
		int section = 1;
		while (written < wordCount) {
			body.append("## Section ").append(section++).append(' ').append(sentence(3)).append("\n\n");
			for (int p = 0; p < 3 && written < wordCount; p++) {
				for (int s = 0; s < 5; s++) {
					int length = 6 + this.random.nextInt(10);
					body.append(sentence(length)).append(". ");
					written += length;
				}
				body.append("\n\n");
			}
		}
		// Like every real article, each one says when to get help with a shared urgent
		// sign (the care-card rule makes it an error for some topics).
		body.append("## When to get urgent help\n\n")
			.append(sentence(8))
			.append(".\n\n{% urgent ")
			.append(URGENT_SIGNS.get(this.random.nextInt(URGENT_SIGNS.size())))
			.append(" %}\n");
		return "---\n" + "title: \"Generated article " + n + ": " + sentence(4) + "\"\n" + "summary: \"" + sentence(18)
				+ ".\"\n" + "tags: [" + String.join(", ", articleTags) + "]\n" + "published: " + published + "\n"
				+ "checked: 2026-11-20\n" + "status: published\n" + "references:\n"
				+ "  - title: \"BSR guideline on management of idiopathic inflammatory myopathy\"\n"
				+ "    publisher: Rheumatology\n" + "    year: 2022\n"
				+ "    url: \"https://doi.org/10.1093/rheumatology/keac115\"\n" + "---\n" + body;
	}

	private String sentence(int length) {
		StringBuilder sentence = new StringBuilder();
		for (int i = 0; i < length; i++) {
			String word = this.words.get(this.random.nextInt(this.words.size()));
			sentence.append((i == 0) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
		}
		return sentence.toString();
	}

	/** The words of the shipped articles, with their real frequencies. */
	private static List<String> vocabulary() throws IOException {
		List<String> words = new ArrayList<>();
		try (Stream<Path> files = Files.list(SHIPPED.resolve("articles"))) {
			for (Path file : files.sorted().toList()) {
				String text = Files.readString(file);
				text = text.substring(text.indexOf("\n---", 3) + 4);
				for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
					if (word.length() > 1) {
						words.add(word);
					}
				}
			}
		}
		return words;
	}

	private static void copyFolder(Path source, Path target) throws IOException {
		Files.createDirectories(target);
		try (Stream<Path> files = Files.list(source)) {
			for (Path file : files.toList()) {
				Files.copy(file, target.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

}
