package org.myositisguide.about;

import org.myositisguide.catalog.SitePage;
import org.myositisguide.catalog.SitePages;
import org.myositisguide.web.ResourceNotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /about} and {@code /about/{slug}}: the pages about the site itself (who runs it,
 * how its information is written and checked, privacy, accessibility), from
 * {@code content/pages}.
 */
@Controller
class AboutController {

	private final SitePages pages;

	AboutController(SitePages pages) {
		this.pages = pages;
	}

	@GetMapping("/about")
	String about(Model model) {
		return show("about", model);
	}

	@GetMapping("/about/{slug}")
	String show(@PathVariable String slug, Model model) {
		SitePage page = this.pages.find(slug).orElseThrow(() -> new ResourceNotFoundException("Page '" + slug + "'"));
		model.addAttribute("page", page);
		model.addAttribute("pageDescription", page.summary());
		return "about/show";
	}

}
