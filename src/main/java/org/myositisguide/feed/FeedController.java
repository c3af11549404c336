package org.myositisguide.feed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.myositisguide.catalog.Articles;
import org.myositisguide.catalog.SitePages;
import org.myositisguide.catalog.SiteSettings;
import org.myositisguide.catalog.Topics;
import org.myositisguide.content.SiteUrls;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /sitemap.xml} (every public page), {@code /robots.txt} and {@code /feed.atom}
 * (the newest public articles), for search engines and feed readers. The XML comes from
 * Thymeleaf templates in XML mode ({@code templates/xml}), which escape every value.
 */
@Controller
class FeedController {

	static final int FEED_SIZE = 20;

	private final Articles articles;

	private final Topics topics;

	private final SitePages pages;

	private final SiteSettings site;

	private final Clock clock;

	FeedController(Articles articles, Topics topics, SitePages pages, SiteSettings site, Clock clock) {
		this.articles = articles;
		this.topics = topics;
		this.pages = pages;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	@ResponseBody
	String robots() {
		return "User-agent: *\nDisallow: /api/\nDisallow: /editor/\nSitemap: " + base() + "/sitemap.xml\n";
	}

	@GetMapping(path = "/sitemap.xml")
	String sitemap(Model model) {
		List<Articles.Listed> listed = this.articles.listing(LocalDate.now(this.clock));
		LocalDate newest = newest(listed);
		List<Location> locations = new ArrayList<>();
		for (String path : List.of("/", "/tags", "/glossary")) {
			locations.add(new Location(base() + path, newest));
		}
		listed.forEach((a) -> locations.add(new Location(base() + SiteUrls.article(a.slug()), a.modified())));
		this.topics.all().forEach((t) -> locations.add(new Location(base() + SiteUrls.topic(t.slug()), newest)));
		this.pages.all().forEach((p) -> locations.add(new Location(base() + SiteUrls.page(p.slug()), p.updated())));
		model.addAttribute("locations", locations);
		return "xml/sitemap";
	}

	@GetMapping(path = "/feed.atom")
	String feed(Model model) {
		List<Articles.Listed> listed = this.articles.listing(LocalDate.now(this.clock));
		List<Entry> entries = listed.stream()
			.limit(FEED_SIZE)
			.map((a) -> new Entry(a.title(), base() + SiteUrls.article(a.slug()), timestamp(a.published()),
					timestamp(a.modified()), a.summary()))
			.toList();
		model.addAttribute("base", base());
		model.addAttribute("updated", timestamp(newest(listed)));
		model.addAttribute("entries", entries);
		return "atom/feed";
	}

	private LocalDate newest(List<Articles.Listed> listed) {
		return listed.stream()
			.map(Articles.Listed::modified)
			.max(Comparator.naturalOrder())
			.orElse(LocalDate.now(this.clock));
	}

	private String base() {
		return this.site.current().baseUrl();
	}

	private static String timestamp(LocalDate date) {
		return date.atStartOfDay().atOffset(ZoneOffset.UTC).toString().replace("Z", ":00Z");
	}

	/** A page in the sitemap. */
	record Location(String loc, LocalDate lastmod) {
	}

	/** An article in the feed. */
	record Entry(String title, String link, String published, String updated, String summary) {
	}

}
