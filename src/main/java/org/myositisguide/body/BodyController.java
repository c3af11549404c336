package org.myositisguide.body;

import java.util.List;

import org.myositisguide.article.ArticlePages;
import org.myositisguide.web.ResourceNotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /body}: the body diagram with every region as a link (and the same links as a
 * list); {@code /body/{region}}: why that region matters and the articles about it.
 */
@Controller
class BodyController {

	private final ArticlePages articles;

	BodyController(ArticlePages articles) {
		this.articles = articles;
	}

	@GetMapping("/body")
	String index(Model model) {
		model.addAttribute("regions", List.of(BodyRegion.values()));
		model.addAttribute("regionCounts", this.articles.countByRegion());
		model.addAttribute("pageDescription", "Find articles by the part of the body that worries you.");
		return "body/index";
	}

	@GetMapping("/body/{slug}")
	String show(@PathVariable String slug, Model model) {
		BodyRegion region = BodyRegion.of(slug).orElseThrow(() -> new ResourceNotFoundException("Region " + slug));
		model.addAttribute("region", region);
		model.addAttribute("articles", this.articles.byRegion(region.slug()));
		model.addAttribute("regions", List.of(BodyRegion.values()));
		model.addAttribute("regionCounts", this.articles.countByRegion());
		model.addAttribute("pageDescription", region.why());
		return "body/show";
	}

}
