package org.myositisguide.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality gate for the shipped {@code content/} folder: it validates clean and meets
 * the launch bar. Prints a per-article report (words, grade, references, reviewed).
 */
class ShippedContentTests {

	private static ContentSnapshot content;

	@BeforeAll
	static void load() {
		content = new ContentLoader().load(Path.of("content"));
		System.out.println(ContentReport.of(content));
	}

	@Test
	void shippedContentHasNoErrorsOrWarnings() {
		assertThat(content.problems()).as("problems in content/").isEmpty();
	}

	@Test
	void everyPlannedPageExists() {
		assertThat(content.articles()).hasSizeGreaterThanOrEqualTo(31)
			.allSatisfy((a) -> assertThat(a.status()).isEqualTo("published"));
		assertThat(content.pages()).extracting(PageSource::slug).contains("how-we-write-and-check");
		assertThat(content.tags()).hasSizeGreaterThanOrEqualTo(25);
		assertThat(content.glossary()).hasSizeGreaterThanOrEqualTo(40);
		assertThat(content.synonyms()).hasSizeGreaterThanOrEqualTo(120);
	}

	@Test
	void articlesAreReadableAndOfUsefulLength() {
		List<Double> grades = content.articles().stream().map((a) -> a.rendered().stats().grade()).sorted().toList();
		assertThat(grades.get(grades.size() / 2)).as("median reading grade").isLessThanOrEqualTo(7.0);
		assertThat(content.articles())
			.allSatisfy((a) -> assertThat(a.rendered().stats().grade()).as(a.slug() + " reading grade")
				.isLessThanOrEqualTo(8.0));
		// The urgent-help guide lists every shared sign's card, so it grows with them.
		assertThat(content.articles()).filteredOn((a) -> !SiteUrls.URGENT_HELP.equals(SiteUrls.article(a.slug())))
			.allSatisfy((a) -> assertThat(a.rendered().stats().words()).as(a.slug() + " words").isBetween(700, 4000));
	}

	@Test
	void everyArticleIsSourcedLinkedAndSaysWhenToGetUrgentHelp() {
		assertThat(content.articles()).allSatisfy((a) -> {
			assertThat(a.references()).as(a.slug() + " references").hasSizeGreaterThanOrEqualTo(2);
			String html = a.rendered().html();
			assertThat(html).as(a.slug() + " urgent help").containsIgnoringCase("urgent");
			Set<String> articleLinks = links(html, "/articles/");
			articleLinks.remove(a.slug());
			assertThat(articleLinks).as(a.slug() + " related links").hasSizeGreaterThanOrEqualTo(2);
			assertThat(links(html, "/tags/")).as(a.slug() + " links its tags").containsAll(a.tags());
			assertThat(html).as(a.slug() + " cites its sources in the text").contains("<sup class=\"cite\">");
		});
	}

	@Test
	void theSeedArticleKeepsItsExactTitleAndDate() {
		ArticleSource seed = content.articles()
			.stream()
			.filter((a) -> a.slug().equals("dermatomyositis-and-polymyositis"))
			.findFirst()
			.orElseThrow();
		assertThat(seed.title()).isEqualTo(
				"Dermatomyositis and Polymyositis: Understanding Muscle Inflammation and Modern Treatment Options");
		assertThat(seed.published()).hasToString("2025-11-07");
	}

	private static Set<String> links(String html, String prefix) {
		return java.util.regex.Pattern.compile("href=\"" + prefix + "([a-z0-9-]+)")
			.matcher(html)
			.results()
			.map((m) -> m.group(1))
			.collect(Collectors.toSet());
	}

}
