package org.myositisguide.content;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code check} command: validates a content folder without a database or web server,
 * prints every problem as {@code path:line: error|warning: message}, the per-article
 * report and a summary line. Exit code 1 on any error, 0 otherwise.
 */
public final class ContentCheck {

	private ContentCheck() {
	}

	public static int run(String[] args, PrintStream out) {
		return run(args, out, LocalDate.now());
	}

	/** Runs the check as on the given day (review reminders depend on it). */
	public static int run(String[] args, PrintStream out, LocalDate today) {
		Path folder = Path.of((args.length > 1) ? args[1] : "content");
		long start = System.nanoTime();
		ContentSnapshot snapshot = new ContentLoader().load(folder);
		snapshot.problems().forEach(out::println);
		List<Problem> reviews = new java.util.ArrayList<>(ReviewSchedule.problems(snapshot.articles(), today));
		reviews.addAll(JargonCheck.withPlainWords(folder).problems(snapshot));
		reviews.forEach(out::println);
		out.print(ContentReport.of(snapshot));
		out.printf(
				"%s: %d articles, %d topics, %d glossary terms, %d urgent signs, %d pages, %d synonym groups; "
						+ "%d errors, %d warnings (%d ms)%n",
				folder, snapshot.articleSlugsOnDisk().size(), snapshot.tags().size(), snapshot.glossary().size(),
				snapshot.urgentSigns().size(), snapshot.pages().size(), snapshot.synonyms().size(),
				snapshot.errorCount(), snapshot.warningCount() + reviews.size(),
				(System.nanoTime() - start) / 1_000_000);
		return (snapshot.errorCount() > 0) ? 1 : 0;
	}

}
