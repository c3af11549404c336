package org.myositisguide.content;

import java.util.Comparator;
import java.util.List;

/**
 * A plain-text report of the articles: words, reading grade, references and review date,
 * then the median and highest grade.
 */
public final class ContentReport {

	private ContentReport() {
	}

	public static String of(ContentSnapshot snapshot) {
		List<ArticleSource> articles = snapshot.articles()
			.stream()
			.filter((a) -> a.rendered() != null)
			.sorted(Comparator.comparing(ArticleSource::slug))
			.toList();
		StringBuilder report = new StringBuilder(
				String.format("%-42s %6s %6s %5s  %s%n", "article", "words", "grade", "refs", "checked (due)"));
		for (ArticleSource a : articles) {
			report.append(String.format("%-42s %6d %6.1f %5d  %s (%s)%n", a.slug(), a.rendered().stats().words(),
					a.rendered().stats().grade(), a.references().size(), a.checked(), a.reviewDue()));
		}
		if (!articles.isEmpty()) {
			List<Double> grades = articles.stream().map((a) -> a.rendered().stats().grade()).sorted().toList();
			List<Integer> words = articles.stream().map((a) -> a.rendered().stats().words()).sorted().toList();
			report.append(String.format("%d articles; reading grade median %.1f, max %.1f; words median %d, max %d%n",
					articles.size(), grades.get(grades.size() / 2), grades.get(grades.size() - 1),
					words.get(words.size() / 2), words.get(words.size() - 1)));
		}
		return report.toString();
	}

}
