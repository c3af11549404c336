package org.myositisguide.content;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one article's front matter and checks the rules that concern the file alone
 * (required fields, lengths, dates, slugs, references).
 */
final class ArticleParser {

	static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

	static final int MAX_SLUG = 80;

	static final int MAX_SUMMARY = 300;

	/** Longer page headings fill a phone's first screen. */
	static final int MAX_HEADING = 70;

	static final int MAX_TAGS = 8;

	static final Set<String> KEYS = Set.of("title", "heading", "summary", "tags", "published", "updated", "checked",
			"review-due", "status", "audience", "affects", "aliases", "related", "key-points", "questions", "changes",
			"references");

	/** Body regions an article may name in {@code affects} (used by the body map). */
	static final Set<String> REGIONS = Set.of("shoulders", "upper-arms", "hips", "thighs", "neck", "throat", "lungs",
			"heart", "skin", "hands");

	private ArticleParser() {
	}

	static boolean isSlug(String value) {
		return value.length() <= MAX_SLUG && SLUG.matcher(value).matches();
	}

	static ArticleSource parse(String slug, SourceFile file, List<Problem> problems, Set<String> knownTags) {
		String path = file.path();
		if (!isSlug(slug)) {
			problems.add(Problem.error(path, 0, "file name '" + slug + "' is not a valid slug (lowercase letters, "
					+ "digits and single hyphens, at most " + MAX_SLUG + " characters)"));
		}
		FrontMatter fm = FrontMatter.parse(file, problems);
		fm.warnUnknownKeys(KEYS);
		String title = fm.requiredString("title");
		String heading = fm.string("heading").map(String::strip).orElse(title);
		if (heading.length() > MAX_HEADING) {
			problems.add(Problem.warning(path, fm.line(fm.string("heading").isPresent() ? "heading" : "title"),
					"the page heading is " + heading.length() + " characters; on a phone that is more than four "
							+ "lines: give a shorter 'heading' (at most " + MAX_HEADING
							+ "), and the title stays in search results and the browser tab"));
		}
		String summary = fm.requiredString("summary");
		if (summary.length() > MAX_SUMMARY) {
			problems.add(Problem.error(path, fm.line("summary"),
					"summary is " + summary.length() + " characters; at most " + MAX_SUMMARY + " allowed"));
		}
		List<String> tags = fm.stringList("tags");
		if (tags.isEmpty() || tags.size() > MAX_TAGS) {
			problems.add(Problem.error(path, fm.line("tags"),
					"an article needs 1 to " + MAX_TAGS + " tags, found " + tags.size()));
		}
		for (String tag : tags) {
			if (!knownTags.contains(tag)) {
				problems.add(Problem.error(path, fm.line("tags"),
						"unknown tag '" + tag + "': there is no file tags/" + tag + ".md"));
			}
		}
		LocalDate published = fm.date("published", true).orElse(null);
		LocalDate updated = fm.date("updated", false).orElse(null);
		LocalDate checked = fm.date("checked", true).orElse(null);
		LocalDate reviewDue = fm.date("review-due", false).orElse((checked != null) ? checked.plusMonths(12) : null);
		if (updated != null && published != null && updated.isBefore(published)) {
			problems.add(Problem.warning(path, fm.line("updated"), "'updated' is before 'published'"));
		}
		String status = fm.requiredString("status");
		if (!status.isEmpty() && !status.equals("published") && !status.equals("draft")) {
			problems.add(Problem.error(path, fm.line("status"),
					"status must be 'published' or 'draft', not '" + status + "'"));
		}
		List<String> affects = fm.stringList("affects");
		for (String region : affects) {
			if (!REGIONS.contains(region)) {
				problems.add(Problem.warning(path, fm.line("affects"), "unknown body region '" + region
						+ "' in affects (known: " + String.join(", ", REGIONS.stream().sorted().toList()) + ")"));
			}
		}
		List<String> aliases = fm.stringList("aliases");
		for (String alias : aliases) {
			if (!isSlug(alias)) {
				problems.add(Problem.error(path, fm.line("aliases"), "alias '" + alias + "' is not a valid slug"));
			}
		}
		List<Reference> references = references(fm, path, problems);
		if (status.equals("published") && references.isEmpty()) {
			problems
				.add(Problem.error(path, fm.line("references"), "a published article needs at least one reference"));
		}
		return new ArticleSource(slug, path, file.hash(), title, heading, summary, tags, published, updated, checked,
				reviewDue, status, fm.stringList("audience"), affects, aliases, fm.stringList("related"),
				fm.stringList("key-points"), fm.stringList("questions"), fm.stringList("changes"), references, null);
	}

	static List<Reference> references(FrontMatter fm, String path, List<Problem> problems) {
		List<Reference> references = new ArrayList<>();
		for (Map<String, FrontMatter.Located> entry : fm.mappingList("references")) {
			int line = entry.get("").line();
			FrontMatter.Located title = entry.get("title");
			FrontMatter.Located url = entry.get("url");
			if (title == null || title.value().isBlank()) {
				problems.add(Problem.error(path, line, "reference needs a title"));
				continue;
			}
			if (url != null && !isWebUrl(url.value())) {
				problems.add(Problem.error(path, url.line(),
						"reference '" + title.value() + "' has a url that is not an http(s) address"));
				continue;
			}
			Integer year = null;
			FrontMatter.Located yearValue = entry.get("year");
			if (yearValue != null) {
				try {
					year = Integer.valueOf(yearValue.value());
				}
				catch (NumberFormatException ex) {
					problems.add(Problem.warning(path, yearValue.line(), "reference year is not a number"));
				}
			}
			FrontMatter.Located publisher = entry.get("publisher");
			references.add(new Reference(title.value(), (publisher != null) ? publisher.value() : null, year,
					(url != null) ? url.value() : null));
		}
		return List.copyOf(references);
	}

	static boolean isWebUrl(String value) {
		try {
			URI uri = URI.create(value);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
