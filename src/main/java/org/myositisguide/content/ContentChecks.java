package org.myositisguide.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.myositisguide.content.ContentReader.Parsed;

/**
 * The checks that need more than one file: an article's links, care cards, shared urgent
 * signs and citations against the rest of the folder, and whether articles can get
 * related lists.
 */
final class ContentChecks {

	private ContentChecks() {
	}

	/**
	 * A topic's {@code main} article must exist and carry the topic; its {@code broader}
	 * topic must exist, and following broader topics must never come back to it.
	 */
	static void checkTopics(Map<String, Parsed<TagSource>> tags, Map<String, Parsed<ArticleSource>> articles) {
		for (Parsed<TagSource> parsed : tags.values()) {
			TagSource tag = parsed.value();
			if (tag.main() != null) {
				Parsed<ArticleSource> main = articles.get(tag.main());
				if (main == null) {
					parsed.problems()
						.add(Problem.error(tag.path(), 0, "main article '" + tag.main() + "' does not exist"));
				}
				else if (!main.value().tags().contains(tag.slug())) {
					parsed.problems()
						.add(Problem.error(tag.path(), 0,
								"main article '" + tag.main() + "' is not tagged '" + tag.slug() + "'"));
				}
			}
			if (tag.broader() == null) {
				continue;
			}
			if (!tags.containsKey(tag.broader())) {
				parsed.problems()
					.add(Problem.error(tag.path(), 0, "broader topic '" + tag.broader() + "' does not exist"));
				continue;
			}
			java.util.List<String> path = new java.util.ArrayList<>(java.util.List.of(tag.slug()));
			String next = tag.broader();
			while (next != null && tags.containsKey(next)) {
				path.add(next);
				if (next.equals(tag.slug())) {
					parsed.problems()
						.add(Problem.error(tag.path(), 0,
								"broader topics go round in a circle: " + String.join(" > ", path)));
					break;
				}
				if (path.size() > tags.size() + 1) {
					break;
				}
				next = tags.get(next).value().broader();
			}
		}
	}

	/**
	 * The home page's featured articles and start-here paths must name articles that
	 * exist (an unknown one is left out of the page), and the subject topics must be
	 * topics that exist (an unknown one gives search no names).
	 */
	static void checkSiteArticles(SiteInfo site, String path, Map<String, Parsed<ArticleSource>> articles,
			Map<String, ? extends Parsed<?>> tags, java.util.Collection<Problem> problems) {
		for (String topic : site.subjectTopics()) {
			if (!tags.containsKey(topic)) {
				problems.add(Problem.warning(path, 0, "subject-topics names topic '" + topic
						+ "', which does not exist: search cannot treat its names as context"));
			}
		}
		java.util.List<String> named = new java.util.ArrayList<>(site.featured());
		site.startHere().forEach((p) -> named.addAll(p.articles()));
		for (String slug : named) {
			if (!articles.containsKey(slug)) {
				problems.add(Problem.warning(path, 0, "home page names article '" + slug + "', which does not exist"));
			}
		}
	}

	/** Related lists should show at least this many articles. */
	static final int MIN_RELATED = 3;

	/**
	 * Warns about published articles that cannot get three related articles: fewer than
	 * three other published articles share a topic with them or are in their own
	 * {@code related} list (only in a library large enough for that to be possible).
	 */
	static void warnFewRelated(Map<String, Parsed<ArticleSource>> articles) {
		Map<String, Set<String>> byTag = new HashMap<>();
		articles.values()
			.stream()
			.map(Parsed::value)
			.filter((a) -> !a.isDraft())
			.forEach((a) -> a.tags()
				.forEach((t) -> byTag.computeIfAbsent(t, (k) -> new java.util.HashSet<>()).add(a.slug())));
		long published = articles.values().stream().filter((a) -> !a.value().isDraft()).count();
		if (published <= MIN_RELATED) {
			return;
		}
		for (Parsed<ArticleSource> parsed : articles.values()) {
			ArticleSource article = parsed.value();
			if (article.isDraft()) {
				continue;
			}
			int candidates = relatedCandidates(article, byTag);
			if (candidates < MIN_RELATED) {
				parsed.problems()
					.add(Problem.warning(article.path(), 0,
							"only " + candidates + " other articles share a topic with this one, so fewer than "
									+ MIN_RELATED + " related articles can be shown: add a 'related' list or a topic"));
			}
		}
	}

	/**
	 * How many other articles could be related to this one, counted only up to
	 * {@link #MIN_RELATED} (a topic of a large library holds thousands of articles, and
	 * this runs for every article on every index run).
	 */
	private static int relatedCandidates(ArticleSource article, Map<String, Set<String>> byTag) {
		Set<String> candidates = new java.util.HashSet<>(article.related());
		candidates.remove(article.slug());
		for (String tag : article.tags()) {
			for (String slug : byTag.getOrDefault(tag, Set.of())) {
				if (candidates.size() >= MIN_RELATED) {
					return candidates.size();
				}
				if (!slug.equals(article.slug())) {
					candidates.add(slug);
				}
			}
		}
		return candidates.size();
	}

	/**
	 * The checks of an article's body against the rest of the folder: links, care cards,
	 * urgent signs and citations.
	 */
	static void checkBody(ArticleSource article, int bodyLine, MarkdownRenderer.Outline outline, LinkChecker links,
			UrgentSigns urgent, List<Problem> problems) {
		links.check(article.path(), bodyLine, outline.links(), problems);
		links.checkImages(article.path(), bodyLine, outline.images(), problems);
		CareCards.check(article, outline, urgent, problems);
		urgent.check(article.path(), bodyLine, outline, problems);
		Citations.check(article.path(), bodyLine, outline.citations(), article.references().size(), problems);
	}

}
