package org.myositisguide.about;

import org.myositisguide.catalog.SitePage;
import org.myositisguide.catalog.SitePageRepository;
import org.myositisguide.web.ResourceNotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /about} and {@code /about/{slug}}: the pages about the site itself (who runs it,
 * how its information is written and checked, privacy, accessibility), from
 * {@code content/pages}.
 */
@Controller
@Transactional(readOnly = true)
class AboutController {

	private final SitePageRepository pages;

	AboutController(SitePageRepository pages) {
		this.pages = pages;
	}

	@GetMapping("/about")
	String about(Model model) {
		return show("about", model);
	}

	@GetMapping("/about/{slug}")
	String show(@PathVariable String slug, Model model) {
		SitePage page = this.pages.findBySlug(slug)
			.orElseThrow(() -> new ResourceNotFoundException("Page '" + slug + "'"));
		model.addAttribute("page",
				new PageView(page.getTitle(), page.getSummary(), page.getUpdated(), page.getBodyHtml()));
		model.addAttribute("pageDescription", page.getSummary());
		return "about/show";
	}

	/** What a page shows. */
	record PageView(String title, String summary, java.time.LocalDate updated, String bodyHtml) {
	}

}
