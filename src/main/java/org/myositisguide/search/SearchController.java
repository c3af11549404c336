package org.myositisguide.search;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /search}: the results page; {@code /api/search}: the same results as JSON;
 * {@code /api/suggest}: suggestions while typing.
 */
@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	String page(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		SearchResults results = this.search.search(q, page);
		model.addAttribute("results", results);
		model.addAttribute("query", results.query());
		model.addAttribute("pageDescription", "Search Myositis Guide for symptoms, tests and treatments.");
		return "search/results";
	}

	@GetMapping(path = "/api/search", produces = "application/json")
	@ResponseBody
	ApiResults api(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page) {
		SearchResults results = this.search.search(q, page);
		return new ApiResults(results.query(), results.total(), results.page(), results.results()
			.stream()
			.map((hit) -> new ApiHit(hit.slug(), hit.title(), hit.url(), hit.section(), hit.snippet(), hit.tags()))
			.toList(), results.searchedFor(), results.meaning());
	}

	@GetMapping(path = "/api/suggest", produces = "application/json")
	@ResponseBody
	List<SearchRepository.Suggestion> suggest(@RequestParam(defaultValue = "") String q) {
		return this.search.suggest(q);
	}

	/**
	 * The JSON shape of {@code /api/search}.
	 *
	 * @param suggestion what was searched instead of a misspelled query, or null
	 * @param meaning whether search by meaning took part
	 */
	record ApiResults(String query, long total, int page, List<ApiHit> results, String suggestion, boolean meaning) {
	}

	/** One result in the JSON: the url goes to the answering section. */
	record ApiHit(String slug, String title, String url, String section, String snippet, List<String> tags) {
	}

}
