package org.myositisguide.content;

import java.util.List;
import java.util.Set;

/**
 * Checks that internal links ({@code /articles/..}, {@code /tags/..},
 * {@code /glossary/..}, {@code /about/..}) point at something that exists.
 */
final class LinkChecker {

	private static final Set<String> SITE_PAGES = Set.of("/", "/tags", "/glossary", "/search", "/feed.atom", "/body",
			"/sitemap.xml", "/about/report-a-problem");

	private final Set<String> articles;

	private final Set<String> tags;

	private final Set<String> glossary;

	private final Set<String> drafts;

	private final Set<String> pages;

	private final Set<String> images;

	LinkChecker(Set<String> articles, Set<String> tags, Set<String> glossary, Set<String> drafts, Set<String> pages,
			Set<String> images) {
		this.pages = pages;
		this.images = images;
		this.articles = articles;
		this.tags = tags;
		this.glossary = glossary;
		this.drafts = drafts;
	}

	void check(String path, int bodyLine, List<MarkdownRenderer.LinkRef> links, List<Problem> problems) {
		for (MarkdownRenderer.LinkRef link : links) {
			int line = bodyLine + link.line();
			String url = link.url().strip();
			String lower = url.toLowerCase(java.util.Locale.ROOT);
			if (lower.startsWith("javascript:") || lower.startsWith("data:") || lower.startsWith("vbscript:")) {
				problems.add(Problem.error(path, line, "unsafe link '" + url + "' is not allowed"));
				continue;
			}
			if (!url.startsWith("/") || url.startsWith("//")) {
				continue;
			}
			String target = url.replaceAll("[?#].*$", "");
			if (target.length() > 1 && target.endsWith("/")) {
				target = target.substring(0, target.length() - 1);
			}
			if (target.startsWith("/articles/")) {
				String slug = target.substring("/articles/".length());
				if (!this.articles.contains(slug)) {
					problems.add(Problem.error(path, line, "broken link: no article '" + slug + "'"));
				}
				else if (this.drafts.contains(slug)) {
					problems.add(Problem.warning(path, line,
							"link to draft article '" + slug + "': readers will not find it until it is published"));
				}
			}
			else if (target.startsWith("/tags/")) {
				check(path, line, "tag", target.substring("/tags/".length()), this.tags, problems);
			}
			else if (target.startsWith("/glossary/")) {
				check(path, line, "glossary term", target.substring("/glossary/".length()), this.glossary, problems);
			}
			else if (SITE_PAGES.contains(target)) {
				continue;
			}
			else if (target.equals("/about")) {
				check(path, line, "page", "about", this.pages, problems);
			}
			else if (target.startsWith("/about/")) {
				check(path, line, "page", target.substring("/about/".length()), this.pages, problems);
			}
			else if (target.startsWith("/body/")) {
				check(path, line, "body region", target.substring("/body/".length()), ArticleParser.REGIONS, problems);
			}
			else if (!SITE_PAGES.contains(target) && !target.startsWith("/images/")) {
				problems.add(Problem.warning(path, line, "link to unknown page '" + url + "'"));
			}
		}
	}

	/**
	 * Every picture is one of {@code content/images} (readers make no request to another
	 * site) and says what it shows for people who cannot see it.
	 */
	void checkImages(String path, int bodyLine, List<MarkdownRenderer.ImageRef> refs, List<Problem> problems) {
		for (MarkdownRenderer.ImageRef image : refs) {
			int line = bodyLine + image.line();
			String url = image.url().strip().replaceAll("[?#].*$", "");
			if (!url.startsWith("/images/")) {
				problems.add(Problem.error(path, line, "picture '" + image.url()
						+ "': pictures must be uploaded to content/images and written as /images/<name>"));
			}
			else if (!this.images.contains(url.substring("/images/".length()))) {
				problems.add(Problem.error(path, line, "broken picture: no file '" + url.substring(1) + "'"));
			}
			if (image.alt().isBlank()) {
				problems.add(Problem.error(path, line, "picture '" + image.url()
						+ "' needs a text alternative: say what it shows, as in ![A swollen knuckle](/images/x.jpg)"));
			}
		}
	}

	private static void check(String path, int line, String kind, String slug, Set<String> known,
			List<Problem> problems) {
		if (!known.contains(slug)) {
			problems.add(Problem.error(path, line, "broken link: no " + kind + " '" + slug + "'"));
		}
	}

}
