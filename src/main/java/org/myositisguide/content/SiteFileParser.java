package org.myositisguide.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code site.yml} and {@code search/synonyms.txt}.
 */
final class SiteFileParser {

	static final Set<String> SITE_KEYS = Set.of("name", "tagline", "base-url", "disclaimer", "footer-links", "featured",
			"start-here", "subject-topics");

	private SiteFileParser() {
	}

	static SiteInfo site(ContentFiles files, Path file, List<Problem> problems) {
		if (!Files.exists(file)) {
			problems.add(Problem.warning(files.display(file), 0, "site.yml is missing: using default site text"));
			return SiteInfo.DEFAULT;
		}
		Optional<String> text = files.read(file, problems);
		if (text.isEmpty()) {
			return SiteInfo.DEFAULT;
		}
		FrontMatter yaml = FrontMatter.parseYaml(files.display(file), text.get(), 1, problems);
		yaml.warnUnknownKeys(SITE_KEYS);
		List<SiteInfo.FooterLink> links = new ArrayList<>();
		for (Map<String, FrontMatter.Located> link : yaml.mappingList("footer-links")) {
			if (link.containsKey("title") && link.containsKey("url")) {
				String url = link.get("url").value();
				if (isSitePath(url) || ArticleParser.isWebUrl(url)) {
					links.add(new SiteInfo.FooterLink(link.get("title").value(), url));
				}
				else {
					problems.add(Problem.error(files.display(file), link.get("url").line(), "footer link '" + url
							+ "' is neither a path on this site nor an http(s) address: left out"));
				}
			}
			else {
				problems.add(Problem.warning(files.display(file), link.get("").line(),
						"a footer link needs a title and a url"));
			}
		}
		List<SiteInfo.StartPath> paths = new ArrayList<>();
		for (Map<String, FrontMatter.Located> path : yaml.mappingList("start-here")) {
			if (path.containsKey("title") && path.containsKey("articles")) {
				List<String> slugs = Arrays.stream(path.get("articles").value().split(","))
					.map(String::strip)
					.filter((slug) -> !slug.isEmpty())
					.toList();
				paths.add(new SiteInfo.StartPath(path.get("title").value(),
						path.containsKey("intro") ? path.get("intro").value() : "", slugs));
			}
			else {
				problems.add(Problem.warning(files.display(file), path.get("").line(),
						"a start-here path needs a title and articles"));
			}
		}
		SiteInfo fallback = SiteInfo.DEFAULT;
		String baseUrl = yaml.string("base-url").orElse(fallback.baseUrl());
		if (!ArticleParser.isWebUrl(baseUrl)) {
			problems.add(Problem.error(files.display(file), yaml.line("base-url"),
					"base-url '" + baseUrl + "' is not an http(s) address: using " + fallback.baseUrl()));
			baseUrl = fallback.baseUrl();
		}
		return new SiteInfo(yaml.string("name").orElse(fallback.name()),
				yaml.string("tagline").orElse(fallback.tagline()), baseUrl.replaceAll("/+$", ""),
				yaml.string("disclaimer").orElse(fallback.disclaimer()), List.copyOf(links),
				yaml.stringList("featured"), List.copyOf(paths), List.of(), yaml.stringList("subject-topics"));
	}

	/** A path on this site, such as {@code /tags}: not {@code //host} (another site). */
	private static boolean isSitePath(String url) {
		return url.startsWith("/") && !url.startsWith("//") && !url.contains("\\");
	}

	static List<SynonymGroup> synonyms(ContentFiles files, Path file, List<Problem> problems) {
		if (!Files.exists(file)) {
			return List.of();
		}
		Optional<String> text = files.read(file, problems);
		if (text.isEmpty()) {
			return List.of();
		}
		List<SynonymGroup> groups = new ArrayList<>();
		String[] lines = text.get().split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			int hash = line.indexOf('#');
			if (hash >= 0) {
				line = line.substring(0, hash);
			}
			if (line.isBlank()) {
				continue;
			}
			int colon = line.indexOf(':');
			if (colon <= 0) {
				problems.add(Problem.warning(files.display(file), i + 1,
						"expected 'medical term: lay phrase, misspelling, ...'"));
				continue;
			}
			String term = normalize(line.substring(0, colon));
			List<String> phrases = Arrays.stream(line.substring(colon + 1).split(","))
				.map(SiteFileParser::normalize)
				.filter((p) -> !p.isEmpty() && !p.equals(term))
				.distinct()
				.toList();
			if (term.isEmpty() || phrases.isEmpty()) {
				problems.add(Problem.warning(files.display(file), i + 1, "a synonym group needs a term and phrases"));
				continue;
			}
			groups.add(new SynonymGroup(term, phrases, i + 1));
		}
		return List.copyOf(groups);
	}

	private static String normalize(String phrase) {
		return phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
