package org.myositisguide.feed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import org.myositisguide.catalog.SiteSettings;
import org.myositisguide.catalog.SitePageRepository;
import org.myositisguide.catalog.SitemapRepository;
import org.myositisguide.content.PageSource;
import org.myositisguide.catalog.TagRepository;
import org.myositisguide.content.SiteInfo;

import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /sitemap.xml} (every public article and topic), {@code /robots.txt} and
 * {@code /feed.atom} (the newest articles). Drafts and scheduled articles never appear.
 */
@RestController
@Transactional(readOnly = true)
class FeedController {

	private static final int FEED_SIZE = 20;

	private final SitemapRepository articles;

	private final TagRepository tags;

	private final SiteSettings site;

	private final Clock clock;

	private final SitePageRepository pages;

	FeedController(SitemapRepository articles, TagRepository tags, SitePageRepository pages, SiteSettings site,
			Clock clock) {
		this.articles = articles;
		this.pages = pages;
		this.tags = tags;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String robots() {
		return "User-agent: *\nDisallow: /api/\nDisallow: /editor/\nSitemap: " + base() + "/sitemap.xml\n";
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	String sitemap() {
		List<SitemapRepository.Entry> entries = this.articles.findPublicArticles(LocalDate.now(this.clock));
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		LocalDate newest = entries.stream()
			.map(SitemapRepository.Entry::modified)
			.max(Comparator.naturalOrder())
			.orElse(LocalDate.now(this.clock));
		url(xml, base() + "/", newest);
		url(xml, base() + "/tags", newest);
		url(xml, base() + "/glossary", newest);
		for (SitemapRepository.Entry entry : entries) {
			url(xml, base() + "/articles/" + entry.slug(), entry.modified());
		}
		this.tags.findAllByOrderByNameAsc().forEach((tag) -> url(xml, base() + "/tags/" + tag.getSlug(), newest));
		this.pages.findAllByOrderByTitleAsc()
			.forEach((page) -> url(xml, base() + PageSource.url(page.getSlug()), page.getUpdated()));
		return xml.append("</urlset>\n").toString();
	}

	@GetMapping(path = "/feed.atom", produces = "application/atom+xml")
	String feed() {
		SiteInfo info = this.site.current();
		List<SitemapRepository.Entry> entries = this.articles.findPublicArticles(LocalDate.now(this.clock))
			.stream()
			.limit(FEED_SIZE)
			.toList();
		LocalDate updated = entries.stream()
			.map(SitemapRepository.Entry::modified)
			.max(Comparator.naturalOrder())
			.orElse(LocalDate.now(this.clock));
		StringBuilder xml = new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
		xml.append("  <title>").append(escape(info.name())).append("</title>\n");
		xml.append("  <subtitle>").append(escape(info.tagline())).append("</subtitle>\n");
		xml.append("  <id>").append(escape(base() + "/")).append("</id>\n");
		xml.append("  <link rel=\"self\" href=\"").append(escape(base() + "/feed.atom")).append("\"/>\n");
		xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
			.append(escape(base() + "/"))
			.append("\"/>\n");
		xml.append("  <updated>").append(timestamp(updated)).append("</updated>\n");
		xml.append("  <author><name>").append(escape(info.name())).append("</name></author>\n");
		for (SitemapRepository.Entry entry : entries) {
			String link = base() + "/articles/" + entry.slug();
			xml.append("  <entry>\n    <title>").append(escape(entry.title())).append("</title>\n");
			xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(link)).append("\"/>\n");
			xml.append("    <id>").append(escape(link)).append("</id>\n");
			xml.append("    <published>").append(timestamp(entry.published())).append("</published>\n");
			xml.append("    <updated>").append(timestamp(entry.modified())).append("</updated>\n");
			xml.append("    <summary>").append(escape(entry.summary())).append("</summary>\n  </entry>\n");
		}
		return xml.append("</feed>\n").toString();
	}

	private String base() {
		return this.site.current().baseUrl();
	}

	private static void url(StringBuilder xml, String location, LocalDate modified) {
		xml.append("  <url><loc>")
			.append(escape(location))
			.append("</loc><lastmod>")
			.append(modified)
			.append("</lastmod></url>\n");
	}

	private static String timestamp(LocalDate date) {
		return date.atStartOfDay().atOffset(ZoneOffset.UTC).toString().replace("Z", ":00Z");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
