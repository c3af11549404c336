package org.myositisguide.glossary;

import org.myositisguide.catalog.GlossaryRepository;
import org.myositisguide.catalog.GlossaryTerm;
import org.myositisguide.web.ResourceNotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /glossary}: every medical term with its plain definition;
 * {@code /glossary/{slug}}: one term.
 */
@Controller
@Transactional(readOnly = true)
class GlossaryController {

	private final GlossaryRepository glossary;

	GlossaryController(GlossaryRepository glossary) {
		this.glossary = glossary;
	}

	@GetMapping("/glossary")
	String index(Model model) {
		model.addAttribute("terms", this.glossary.findAllByOrderByTermAsc());
		model.addAttribute("pageDescription", "Medical words used in myositis care, explained in plain English.");
		return "glossary/index";
	}

	@GetMapping("/glossary/{slug}")
	String show(@PathVariable String slug, Model model) {
		GlossaryTerm term = this.glossary.findBySlug(slug)
			.orElseThrow(() -> new ResourceNotFoundException("Glossary term '" + slug + "'"));
		model.addAttribute("term", term);
		model.addAttribute("pageDescription", term.getDefinition());
		return "glossary/show";
	}

}
