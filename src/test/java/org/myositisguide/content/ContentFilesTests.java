package org.myositisguide.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myositisguide.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files that cannot be content are skipped with a clear problem, and the rest of the
 * folder loads as before: binary files, invalid UTF-8, files over the size limit, links
 * out of the folder, files that vanish between listing and reading, and unsafe addresses
 * in {@code site.yml}.
 */
class ContentFilesTests {

	private final ContentLoader loader = new ContentLoader();

	@TempDir
	private Path outside;

	@Test
	void unreadableArticlesAreSkippedWithAProblemAndTheRestLoads() throws IOException {
		Path content = TestFiles.copyOfFixtures();
		Path articles = content.resolve("articles");
		String alpha = Files.readString(articles.resolve("alpha.md"));
		Files.write(articles.resolve("binary.md"), (alpha + "\0\1\2").getBytes(StandardCharsets.UTF_8));
		Files.write(articles.resolve("latin-1.md"), (alpha + "Caf\u00e9").getBytes(StandardCharsets.ISO_8859_1));
		Files.writeString(articles.resolve("too-big.md"), alpha + "x".repeat((int) ContentFiles.MAX_BYTES));
		Files.writeString(this.outside.resolve("secret.md"), alpha);
		Files.createSymbolicLink(articles.resolve("link-out.md"), this.outside.resolve("secret.md"));
		Files.createSymbolicLink(articles.resolve("link-in.md"), articles.resolve("beta.md"));

		ContentSnapshot snapshot = this.loader.load(content);

		String dir = content + "/articles/";
		assertThat(snapshot.problems()).map(Problem::toString)
			.contains(dir + "binary.md:1: error: binary file (contains NUL bytes): skipped",
					dir + "latin-1.md:1: error: not valid UTF-8 text: skipped",
					dir + "too-big.md:1: error: file is 2048 KiB, over the 2048 KiB limit: skipped",
					dir + "link-out.md:1: error: points outside the content folder: skipped");
		assertThat(snapshot.articles()).extracting(ArticleSource::slug)
			.contains("alpha", "beta", "link-in")
			.doesNotContain("binary", "latin-1", "too-big", "link-out");
	}

	@Test
	void aFileThatVanishesBetweenListingAndReadingIsSkippedWithAWarning() throws IOException {
		Path content = TestFiles.copyOfFixtures();
		ContentFiles files = new ContentFiles(content);
		List<Path> listed = files.markdownFiles("articles", new ArrayList<>());
		Path alpha = content.resolve("articles/alpha.md");
		assertThat(listed).contains(alpha);
		Files.delete(alpha);
		List<Problem> problems = new ArrayList<>();

		assertThat(files.read(alpha, problems)).isEmpty();

		assertThat(problems).map(Problem::toString)
			.containsExactly(content + "/articles/alpha.md:1: warning: file disappeared while reading: skipped");
	}

	@Test
	void unsafeAddressesInTheSiteFileAreLeftOutWithAnError() throws IOException {
		Path content = TestFiles.copyOfFixtures();
		Files.writeString(content.resolve("site.yml"), """
				name: Test Guide
				base-url: "javascript:alert(1)//"
				footer-links:
				  - title: Topics
				    url: /tags
				  - title: Elsewhere
				    url: https://example.org/
				  - title: Bad
				    url: "javascript:alert(1)"
				  - title: Also bad
				    url: "//evil.example/"
				""");

		ContentSnapshot snapshot = this.loader.load(content);

		assertThat(snapshot.site().baseUrl()).isEqualTo(SiteInfo.DEFAULT.baseUrl());
		assertThat(snapshot.site().footerLinks()).extracting(SiteInfo.FooterLink::url)
			.containsExactly("/tags", "https://example.org/");
		String site = content + "/site.yml";
		assertThat(snapshot.problems()).map(Problem::toString)
			.contains(
					site + ":2: error: base-url 'javascript:alert(1)//' is not an http(s) address: using "
							+ SiteInfo.DEFAULT.baseUrl(),
					site + ":9: error: footer link 'javascript:alert(1)' is neither a path on this site nor an "
							+ "http(s) address: left out",
					site + ":11: error: footer link '//evil.example/' is neither a path on this site nor an "
							+ "http(s) address: left out");
	}

}
