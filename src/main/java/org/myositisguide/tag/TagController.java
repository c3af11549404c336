package org.myositisguide.tag;

import org.myositisguide.catalog.SiteSettings;
import org.myositisguide.web.ResourceNotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /tags}: every topic; {@code /tags/{slug}}: one topic with its articles.
 */
@Controller
class TagController {

	private final TagPages pages;

	private final TagStructuredData structuredData;

	private final SiteSettings site;

	TagController(TagPages pages, TagStructuredData structuredData, SiteSettings site) {
		this.pages = pages;
		this.structuredData = structuredData;
		this.site = site;
	}

	@GetMapping("/tags")
	String index(Model model) {
		model.addAttribute("topics", this.pages.all());
		model.addAttribute("pageDescription", "Every topic on the site, from symptoms and tests to treatment.");
		return "tag/index";
	}

	@GetMapping("/tags/{slug}")
	String show(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		TagPage tag = this.pages.find(slug, page)
			.orElseThrow(() -> new ResourceNotFoundException("Topic '" + slug + "'"));
		model.addAttribute("tag", tag);
		model.addAttribute("pageDescription", tag.description());
		model.addAttribute("structuredData",
				this.structuredData.of(tag, this.site.current().name(), this.site.current().baseUrl()));
		return "tag/show";
	}

}
