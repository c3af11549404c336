package org.myositisguide.article;

import org.myositisguide.content.SiteUrls;
import java.util.List;

import org.myositisguide.catalog.SiteSettings;
import org.myositisguide.web.ResourceNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * {@code /articles/{slug}}: one article; old slugs (aliases) redirect with a 301.
 */
@Controller
class ArticleController {

	private final ArticlePages pages;

	private final ArticleStructuredData structuredData;

	private final SiteSettings site;

	ArticleController(ArticlePages pages, ArticleStructuredData structuredData, SiteSettings site) {
		this.pages = pages;
		this.structuredData = structuredData;
		this.site = site;
	}

	@GetMapping("/articles/{slug}")
	Object show(@PathVariable String slug, Model model) {
		return this.pages.find(slug).<Object>map((page) -> {
			model.addAttribute("article", page);
			model.addAttribute("pageDescription", page.summary());
			model.addAttribute("structuredData",
					this.structuredData.of(page, this.site.current().name(), this.site.current().baseUrl()));
			return "article/show";
		}).orElseGet(() -> redirect(slug));
	}

	/** The appointment sheet for one article. */
	@GetMapping("/articles/{slug}/print")
	String print(@PathVariable String slug, Model model) {
		return sheet(List.of(slug), model);
	}

	/**
	 * One appointment sheet for several articles: {@code /print?articles=a,b,c} (or the
	 * parameter repeated, as the form sends it); without articles, a form to choose them.
	 */
	@GetMapping("/print")
	String printSeveral(@RequestParam(defaultValue = "") List<String> articles, Model model) {
		if (articles.stream().allMatch(String::isBlank)) {
			model.addAttribute("choices", this.pages.newest(Integer.MAX_VALUE));
			model.addAttribute("pageDescription", "Choose articles for one sheet to print and take to an appointment.");
			return "article/print-choose";
		}
		return sheet(articles, model);
	}

	private String sheet(List<String> slugs, Model model) {
		PrintSheet sheet = this.pages.printSheet(slugs)
			.orElseThrow(() -> new ResourceNotFoundException("Articles " + slugs));
		model.addAttribute("sheet", sheet);
		model.addAttribute("pageDescription", "A sheet to print and take to an appointment.");
		return "article/print";
	}

	private RedirectView redirect(String slug) {
		String target = this.pages.findRedirect(slug)
			.orElseThrow(() -> new ResourceNotFoundException("Article '" + slug + "'"));
		RedirectView view = new RedirectView(SiteUrls.article(target));
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return view;
	}

}
