package org.myositisguide.home;

import java.util.List;

import org.myositisguide.article.ArticlePages;
import org.myositisguide.body.BodyRegion;
import org.myositisguide.catalog.SiteSettings;
import org.myositisguide.tag.TagPages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /}: what the site is, the topic hubs, the newest and the most useful articles.
 */
@Controller
class HomeController {

	static final int NEWEST = 6;

	private final ArticlePages articles;

	private final TagPages tags;

	private final SiteSettings site;

	HomeController(ArticlePages articles, TagPages tags, SiteSettings site) {
		this.articles = articles;
		this.tags = tags;
		this.site = site;
	}

	/** A reading path on the home page, with its public articles in order. */
	record StartPath(String title, String intro, List<org.myositisguide.article.ArticleCard> articles) {
	}

	/** What the offline service worker shows for a page it does not have. */
	@GetMapping("/offline")
	String offline() {
		return "offline";
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("topics", this.tags.all());
		model.addAttribute("newest", this.articles.newest(NEWEST));
		model.addAttribute("featured", this.articles.cards(this.site.current().featured()));
		model.addAttribute("paths",
				this.site.current()
					.startHere()
					.stream()
					.map((path) -> new StartPath(path.title(), path.intro(), this.articles.cards(path.articles())))
					.filter((path) -> !path.articles().isEmpty())
					.toList());
		model.addAttribute("regions", List.of(BodyRegion.values()));
		model.addAttribute("regionCounts", this.articles.countByRegion());
		model.addAttribute("pageDescription", this.site.current().tagline());
		return "home/index";
	}

}
