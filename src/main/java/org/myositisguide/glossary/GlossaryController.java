package org.myositisguide.glossary;

import org.myositisguide.catalog.GlossaryEntry;
import org.myositisguide.catalog.GlossaryTerms;
import org.myositisguide.web.ResourceNotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /glossary}: every medical term with its plain definition;
 * {@code /glossary/{slug}}: one term.
 */
@Controller
class GlossaryController {

	private final GlossaryTerms glossary;

	GlossaryController(GlossaryTerms glossary) {
		this.glossary = glossary;
	}

	@GetMapping("/glossary")
	String index(Model model) {
		model.addAttribute("letters", GlossaryLetter.of(this.glossary.all()));
		model.addAttribute("pageDescription", "Medical words used in myositis care, explained in plain English.");
		return "glossary/index";
	}

	@GetMapping("/glossary/{slug}")
	String show(@PathVariable String slug, Model model) {
		GlossaryEntry term = this.glossary.find(slug)
			.orElseThrow(() -> new ResourceNotFoundException("Glossary term '" + slug + "'"));
		model.addAttribute("term", term);
		model.addAttribute("pageDescription", term.definition());
		return "glossary/show";
	}

}
