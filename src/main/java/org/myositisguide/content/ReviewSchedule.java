package org.myositisguide.content;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Review discipline for the {@code check} command: warns about articles whose medical
 * review is due within {@link #SOON_DAYS} days or already overdue. Kept out of the normal
 * load (and so out of the test suite), because it depends on today's date.
 */
public final class ReviewSchedule {

	static final int SOON_DAYS = 30;

	private ReviewSchedule() {
	}

	public static List<Problem> problems(List<ArticleSource> articles, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		for (ArticleSource article : articles) {
			LocalDate due = article.reviewDue();
			if (due == null || article.isDraft()) {
				continue;
			}
			long days = ChronoUnit.DAYS.between(today, due);
			if (days < 0) {
				problems.add(Problem.warning(article.path(), 0, "medical review overdue since " + due + " (" + (-days)
						+ " days): check it against its sources, then set 'checked' to that date"));
			}
			else if (days <= SOON_DAYS) {
				problems.add(
						Problem.warning(article.path(), 0, "medical review due on " + due + " (in " + days + " days)"));
			}
		}
		return problems;
	}

}
