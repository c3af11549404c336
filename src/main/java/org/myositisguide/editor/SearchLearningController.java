package org.myositisguide.editor;

import java.util.List;

import java.security.Principal;

import org.myositisguide.search.SearchService;
import org.myositisguide.search.SearchStats;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /editor/searches}: this week's and last week's searches that found nothing or
 * needed a spelling correction, each with "add as synonym", which appends to
 * {@code content/search/synonyms.txt} through the same safe save as articles.
 */
@Controller
class SearchLearningController {

	static final int SHOWN = 50;

	private final SearchStats stats;

	private final ContentStore store;

	private final SearchService search;

	SearchLearningController(SearchStats stats, ContentStore store, SearchService search) {
		this.stats = stats;
		this.store = store;
		this.search = search;
	}

	/** A failed search with the words and short phrases offered as synonyms. */
	record FailedSearch(SearchStats.Row row, List<String> candidates) {
	}

	@GetMapping("/editor/searches")
	String searches(Model model) {
		this.stats.flush();
		model.addAttribute("rows",
				this.stats.failed(SHOWN)
					.stream()
					.map((row) -> new FailedSearch(row, this.search.synonymCandidates(row.query())))
					.toList());
		model.addAttribute("synonymsHash", this.store.readSynonyms().map(ContentStore.StoredFile::hash).orElse(""));
		model.addAttribute("noindex", true);
		return "editor/searches";
	}

	@PostMapping("/editor/searches/synonym")
	String addSynonym(@RequestParam(defaultValue = "") String term, @RequestParam(defaultValue = "") String phrase,
			@RequestParam(defaultValue = "") String baseHash, Principal editor, RedirectAttributes redirect) {
		SaveResult result = this.store.addSynonym(term, phrase, baseHash, editor.getName());
		redirect.addFlashAttribute("message",
				(result instanceof SaveResult.Saved)
						? "Added '" + phrase.strip() + "' as a synonym of '" + term.strip() + "'. Search uses it now."
						: "Nothing was added: " + result.explain() + ".");
		return "redirect:/editor/searches";
	}

}
