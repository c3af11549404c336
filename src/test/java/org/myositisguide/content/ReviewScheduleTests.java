package org.myositisguide.content;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.myositisguide.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review reminders of the check command, on a fixed date (never today's).
 */
class ReviewScheduleTests {

	private final List<ArticleSource> articles = new ContentLoader().load(TestFiles.FIXTURES).articles();

	@Test
	void warnsWhenAReviewIsDueWithinThirtyDaysOrOverdue() {
		ArticleSource alpha = this.articles.stream().filter((a) -> a.slug().equals("alpha")).findFirst().get();
		LocalDate due = alpha.reviewDue();
		assertThat(messages(due.minusDays(31), "alpha")).isEmpty();
		assertThat(messages(due.minusDays(30), "alpha"))
			.containsExactly("medical review due on " + due + " (in 30 days)");
		assertThat(messages(due.plusDays(2), "alpha")).singleElement()
			.asString()
			.startsWith("medical review overdue since " + due + " (2 days)");
	}

	@Test
	void draftsAreNotNagged() {
		LocalDate farFuture = LocalDate.of(2999, 1, 1);
		assertThat(ReviewSchedule.problems(this.articles, farFuture)).extracting(Problem::path)
			.noneMatch((path) -> path.endsWith("gamma.md"));
	}

	private List<String> messages(LocalDate today, String slug) {
		return ReviewSchedule.problems(this.articles, today)
			.stream()
			.filter((p) -> p.path().endsWith("/" + slug + ".md"))
			.map(Problem::message)
			.toList();
	}

}
